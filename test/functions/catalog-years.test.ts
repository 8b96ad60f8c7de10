/**
 * BUDGET.NAME / PATH / VALID answer from the bundled edition of the year they are given: a code that the 2025
 * disclosures print or a 2025 notice adds is known for 2025 and later, not for 2024.
 */
import { codeName, codePath, codeValid } from "../../src/functions/impl/codes";

test("a code printed by the 2025 corpus: known from 2025 on, cannot verify in 2024", () => {
  expect(codeName(2150899, 2025)).toBe("其他支持中小企业发展和管理支出");
  expect(codeName(2150899, 2026)).toBe("其他支持中小企业发展和管理支出");
  expect(codeName(2150899, 2024)).toMatchObject({ error: "#N/A" });
  expect(codeValid(2150899, 2025)).toBe(true);
  expect(codeValid(2150899, 2024)).toMatchObject({ error: "#N/A" });
});

test("a 款 that 财预〔2025〕41号 added: in 2025's path, absent from 2024", () => {
  expect(codePath(22911, 2025)).toBe("其他支出 > 中央金融机构注资特别国债财务基金支出");
  expect(codePath(22911, 2024)).toMatchObject({ error: "#N/A" });
});

test("a year after the last edition answers from the last one", () => {
  expect(codeName("215 08 99", 2027)).toBe("其他支持中小企业发展和管理支出");
});
