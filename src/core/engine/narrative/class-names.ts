/**
 * 支出功能分类 类 names as narratives print them, with their codes. Source: the seed's 部门收支预算表
 * (../shared/fixtures/fengquan-2024.xlsx, sheet 部门收支预算表; domain.md: 一 = 201 … 三十四 = 234) and its
 * 财政拨款收支总体情况表 variants; pre-2019 names (医疗卫生与计划生育 210, 文化体育与传媒 207, 国土海洋气象等 220) from
 * domain.md "Classification" and docs/catalog.md.
 * `marked`: the name is also a fund's name, so only "…(类)支出" means the class.
 */
export interface ClassName {
  readonly code: string;
  readonly names: readonly string[];
  readonly marked?: boolean;
}

export const CLASS_NAMES: readonly ClassName[] = [
  { code: "201", names: ["一般公共服务"] },
  { code: "202", names: ["外交"] },
  { code: "203", names: ["国防"] },
  { code: "204", names: ["公共安全"] },
  { code: "205", names: ["教育"] },
  { code: "206", names: ["科学技术"] },
  { code: "207", names: ["文化旅游体育与传媒", "文化体育旅游与传媒", "文化体育与传媒"] },
  { code: "208", names: ["社会保障和就业"] },
  { code: "209", names: ["社会保险基金"] },
  { code: "210", names: ["卫生健康", "医疗卫生与计划生育"] },
  { code: "211", names: ["节能环保"] },
  { code: "212", names: ["城乡社区事务", "城乡社区"] },
  { code: "213", names: ["农林水事务", "农林水"] },
  { code: "214", names: ["交通运输"] },
  { code: "215", names: ["资源勘探信息等", "资源勘探工业信息等"] },
  { code: "216", names: ["商业服务业等"] },
  { code: "217", names: ["金融"] },
  { code: "219", names: ["援助其他地区"] },
  { code: "220", names: ["自然资源海洋气象等", "国土海洋气象等"] },
  { code: "221", names: ["住房保障"] },
  { code: "222", names: ["粮油物资储备"] },
  { code: "223", names: ["国有资本经营预算"], marked: true },
  { code: "224", names: ["灾害防治及应急管理"] },
  { code: "227", names: ["预备费"] },
  { code: "229", names: ["其他"], marked: true },
  { code: "230", names: ["转移性"] },
  { code: "231", names: ["债务还本"] },
  { code: "232", names: ["债务付息"] },
  { code: "233", names: ["债务发行费用"] },
  { code: "234", names: ["抗疫特别国债安排的"] },
];
