/** Every string of the interface, in one place. Content text lives in content/, not here. */
const ui = {
  'site.skip': '跳到正文',
  'nav.label': '主导航',
  'nav.contents': '目录',
  'nav.pillars': '五大降碳',
  'nav.cases': '案例',
  'nav.kpis': '绩效数据',
  'nav.home': '封面',
  'toc.title': '本章目录',
  'pager.label': '章节导航',
  'pager.previous': '上一章',
  'pager.next': '下一章',
  'home.highlights': '降碳足迹',
  'home.chapters': '报告目录',
  'home.pillars': '中铝降碳模型',
  'home.foreword': '卷首语',
  'home.readMore': '阅读全文',
  'case.label': '案例',
  'case.organisation': '单位',
  'figures.label': '关键数字',
  'photo.label': '图片说明',
  'photo.missing': '（原报告此处为图片）',
  'pillar.serves': '所属降碳领域',
  'pillar.description': '模型释义',
  'pillar.initiative': '联合降碳倡议',
  'pillar.sections': '相关章节',
  'pillar.cases': '相关案例',
  'pillar.kpis': '相关绩效指标',
  'pillar.none': '暂无',
  'cases.title': '案例',
  'cases.intro': '报告中的全部案例，按章节排列。',
  'kpis.title': '降碳绩效指标',
  'kpis.name': '指标名称',
  'kpis.unit': '单位',
  'kpis.basis': '口径',
  'kpis.notes': '编者注',
  'kpis.notReported': '未披露',
  'kpis.intro':
    '“绿之果·降碳绩效”一章所列全部指标，按原文发布。“-”表示报告未披露该年数值；编者注说明原表中前后不一致之处。',
  'table.noTitle': '数据表',
  'table.notes': '编者注',
  'footer.source': '内容来源：',
  'footer.note': '网页版按原报告文字发布；编者注标明原文中不一致之处，未改动任何数字。',
  'year.current': '当前报告',
  'notFound.title': '找不到此页',
  'notFound.body': '您访问的页面不存在。',
} as const;

export type UiKey = keyof typeof ui;

export function t(key: UiKey): string {
  return ui[key];
}
