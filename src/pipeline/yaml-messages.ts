/**
 * The YAML parser's errors, said in Chinese for the mistakes editors make in frontmatter; any
 * other error keeps the parser's own words, quoted.
 */
const BY_CODE: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: '一行里出现了第二个“名称: 值”（值里的冒号后跟了空格）',
  MULTILINE_IMPLICIT_KEY: '一个值跨了几行，或上一行少了冒号',
  BAD_INDENT: '缩进不对齐',
  TAB_AS_INDENT: '用了制表符缩进（应使用空格）',
  DUPLICATE_KEY: '同一个字段写了两次',
  MISSING_CHAR: '少了一个引号或括号',
  BAD_DQ_ESCAPE: '双引号中的反斜杠 \\ 用法不对',
  BAD_SCALAR_START: '值以 YAML 的特殊字符开头（如 %、@、`），需要用引号括起来',
  UNEXPECTED_TOKEN: '有 YAML 不认识的符号',
  BLOCK_IN_FLOW: '方括号 […] 中换了行写列表',
};

export function yamlProblem(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  return BY_CODE[code] ?? `解析器报告 ${JSON.stringify((error as Error).message.split('\n')[0])}`;
}
