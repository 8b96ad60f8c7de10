import { catalogFromGrid, catalogFromGrids } from "./from-grid";

const meta = { year: 2024, source: "凤泉区2024年政府收支分类科目.xlsx" };

describe("catalogFromGrid reads a finance bureau's catalog sheet", () => {
  test("a code column and a name column under a title row", () => {
    const { catalog, problems } = catalogFromGrid(
      [
        ["2024年政府收支分类科目", null],
        ["科目编码", "科目名称"],
        ["201", "一般公共服务支出"],
        ["20131", "党委办公厅（室）及相关机构事务"],
        [2013101, "行政运行"],
        ["201 31 50", "事业 运行"],
        ["301", "工资福利支出"],
        ["30101", "基本工资"],
        ["501", "机关工资福利支出"],
      ],
      meta,
    );
    expect(problems).toEqual([]);
    expect(catalog).toMatchObject({ year: 2024, source: meta.source, official: true });
    expect(catalog.lookup("2013150")).toEqual({
      code: "2013150",
      name: "事业运行",
      kind: "functional",
      level: 3,
      parent: "20131",
      source: "official",
      evidence: `${meta.source} A6`,
      catalog: meta.source,
    });
    expect(catalog.lookup("30101")).toMatchObject({ kind: "econ-dept", level: 2, parent: "301" });
    expect(catalog.lookup("501")).toMatchObject({ kind: "econ-gov", level: 1 });
    expect(catalog.path("2013101").map((e) => e.code)).toEqual(["201", "20131", "2013101"]);
  });

  test("split 类/款/项 columns under a merged 科目编码 header, 类 and 款 printed only on their own rows", () => {
    const { catalog, problems } = catalogFromGrid(
      [
        ["科目编码", null, null, "科目名称"],
        ["类", "款", "项", null],
        ["208", null, null, "社会保障和就业支出"],
        [null, "05", null, "行政事业单位养老支出"],
        [null, null, 1, "行政单位离退休"],
        [null, null, "02", "事业单位离退休"],
        ["208", "08", null, "抚恤"],
        [208, 8, 1, "死亡抚恤"],
      ],
      meta,
    );
    expect(problems).toEqual([]);
    expect(catalog.entries?.().map((e) => [e.code, e.name])).toEqual([
      ["208", "社会保障和就业支出"],
      ["20805", "行政事业单位养老支出"],
      ["2080501", "行政单位离退休"],
      ["2080502", "事业单位离退休"],
      ["20808", "抚恤"],
      ["2080801", "死亡抚恤"],
    ]);
  });

  test("a loaded sheet is complete for the kinds and levels it lists, and nothing else", () => {
    const { catalog } = catalogFromGrid(
      [
        ["编码", "名称"],
        ["221", "住房保障支出"],
        ["22102", "住房改革支出"],
        ["2210201", "住房公积金"],
      ],
      meta,
    );
    expect(catalog.isBranchComplete("", "functional")).toBe(true);
    expect(catalog.isBranchComplete("221")).toBe(true);
    expect(catalog.isBranchComplete("22102")).toBe(true);
    expect(catalog.isBranchComplete("201")).toBe(false);
    expect(catalog.isBranchComplete("", "econ-dept")).toBe(false);
  });

  test("problems are reported by cell, the bad rows left out, the first of two names kept", () => {
    const { catalog, problems } = catalogFromGrid(
      [
        ["科目编码", "科目名称"],
        ["201", "一般公共服务支出"],
        ["2013 101", "行政运行"],
        ["20131", null],
        ["2019999", "其他一般公共服务支出"],
        ["2019999", "其他一般公共服务"],
        ["2019999", "其他一般公共服务支出"],
      ],
      meta,
    );
    expect(problems).toEqual([
      'A3: ambiguous-grouping "2013 101"',
      "A4: 20131 has no name",
      'A6: 2019999 named "其他一般公共服务", earlier "其他一般公共服务支出" (kept)',
      "A5: 2019999 has no parent row 20199",
    ]);
    expect(catalog.lookup("2019999")?.name).toBe("其他一般公共服务支出");
    expect(catalog.lookup("20131")).toBeUndefined();
  });

  test("without a header it reads column A as code and B as name, and says so", () => {
    const { catalog, problems } = catalogFromGrid([["201", "一般公共服务支出"]], meta);
    expect(problems).toEqual(["no header row (科目编码/科目名称 or 类/款/项) found: read column A as code, B as name"]);
    expect(catalog.lookup("201")?.name).toBe("一般公共服务支出");
  });

  test("a single column printing code and name together", () => {
    const { catalog, problems } = catalogFromGrid([["科目编码"], ["[2013101]行政运行"]], meta);
    expect(problems).toEqual(["A2: 2013101 has no parent row 20131"]);
    expect(catalog.lookup("2013101")?.name).toBe("行政运行");
  });

  test("header words vary: 功能科目代码 / 功能科目名称; a 单位代码 column is not the code", () => {
    const { catalog, problems } = catalogFromGrid(
      [
        ["单位代码", "功能科目代码", "功能科目名称"],
        ["101", "201", "一般公共服务支出"],
      ],
      meta,
    );
    expect(problems).toEqual([]);
    expect(catalog.lookup("201")?.name).toBe("一般公共服务支出");
  });
});

test("revenue rows (1xx) are out of scope: counted once", () => {
  const { catalog, problems } = catalogFromGrid(
    [
      ["科目编码", "科目名称"],
      ["101", "税收收入"],
      ["10101", "增值税"],
      ["201", "一般公共服务支出"],
    ],
    meta,
  );
  expect(problems).toEqual(["2 revenue (收入分类, 1xx) rows skipped"]);
  expect(catalog.entries?.().map((e) => e.code)).toEqual(["201"]);
});

describe("catalogFromGrids reads the sheets of one file together", () => {
  test("functional and economic sheets merge; a sheet without codes is skipped; problems name the sheet", () => {
    const { catalog, problems } = catalogFromGrids(
      [
        { name: "说明", values: [["本表为2024年政府收支分类科目"]] },
        {
          name: "功能分类",
          values: [
            ["科目编码", "科目名称"],
            ["201", "一般公共服务支出"],
            ["2019999", "其他一般公共服务支出"],
          ],
        },
        {
          name: "部门经济分类",
          values: [
            ["科目编码", "科目名称"],
            ["301", "工资福利支出"],
            ["30101", "基本工资"],
            ["3010", "错"],
          ],
        },
      ],
      meta,
    );
    expect(problems).toEqual(['部门经济分类!A4: wrong-length "3010"', "功能分类!A3: 2019999 has no parent row 20199"]);
    expect(catalog.lookup("30101")).toMatchObject({ evidence: `${meta.source} 部门经济分类!A3`, source: "official" });
    expect(catalog.lookup("2019999")?.name).toBe("其他一般公共服务支出");
    expect(catalog.isBranchComplete("301")).toBe(true);
  });
});
