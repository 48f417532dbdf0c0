/**
 * The Chinese labels of the CMS's fields, by field name, or by "parent.name" where one name means
 * two things. A field missing here shows its own name, which a test lists.
 */
const BY_PATH: Record<string, string> = {
  'corrections.published': '原发布值',
  'corrections.year': '更正数值的年份',
  'restatements.year': '重述数值的年份',
  'rows.values': '各年数值',
  'tables.title': '表格标题（原文无标题则留空）',
  'report.chapters': '章节顺序（章节 id）',
};

const BY_NAME: Record<string, string> = {
  year: '年份',
  title: '标题',
  organisation: '单位',
  period: '报告期',
  start: '起始日期',
  end: '截止日期',
  published: '发布日期',
  chapters: '章节',
  draft: '草稿（只在预览中显示）',
  pillars: '支柱',
  sections: '小节',
  heading: '小节标题',
  figures: '关键数字',
  photos: '图片',
  label: '文字',
  value: '数值',
  unit: '单位',
  qualifier: '修饰词',
  decimals: '小数位数',
  id: '标识（id）',
  section: '所属小节',
  highlight: '在首页显示',
  caption: '图片说明',
  src: '图片文件',
  alt: '替代文字',
  chapter: '所属章节',
  name: '名称',
  description: '模型文字',
  initiative: '倡议',
  honours: '荣誉',
  award: '奖项',
  recipient: '获奖单位',
  issuer: '颁发单位',
  tables: '数据表',
  labelHeader: '标签列标题',
  columns: '列标题',
  rows: '行',
  values: '数值',
  notes: '编者注',
  measure: '数值含义',
  measureByYear: '个别年份的数值含义',
  range: '数值范围',
  asPublished: '原文写法',
  basis: '口径',
  groups: '指标组',
  years: '年份列',
  restatements: '重述',
  kpi: '指标 id',
  reason: '原因',
  corrections: '更正',
  corrected: '更正后的数值',
  date: '更正日期',
  unitChanges: '单位改变',
  from: '原单位',
  to: '新单位',
  body: '正文',
};

/** The label of field `name` inside `parent` (the enclosing field's name, or the collection's). */
export function labelOf(name: string, parent?: string): string {
  return (parent && BY_PATH[`${parent}.${name}`]) ?? BY_NAME[name] ?? name;
}

/** Whether a field name has a label of its own (for the test that lists the missing ones). */
export const hasLabel = (name: string) => name in BY_NAME;

/** Chinese names of enumeration values, shown in select boxes (the value written stays English). */
export const OPTION_LABELS: Record<string, string> = {
  amount: '数量（amount）',
  rate: '比率（rate）',
  'change-yoy': '同比变化（change-yoy）',
  'change-vs-2010': '比 2010 年变化（change-vs-2010）',
  unclear: '不明确（unclear）',
  'may-be-negative': '可为负数（may-be-negative）',
  'may-exceed-100': '可超过 100%（may-exceed-100）',
  unbounded: '不受限（unbounded）',
};
