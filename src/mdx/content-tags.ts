/** The tags an editor may use in a chapter; anything else could run code or break the page. */
export const ALLOWED_TAGS = [
  'Case',
  'KeyFigures',
  'Photos',
  'DataTable',
  'PillarModel',
  'PillarInitiatives',
  'Honours',
  'KpiTable',
] as const;

/** Tags as a message lists them: <Case>、<KeyFigures>… */
export const listTags = (tags: readonly string[] = ALLOWED_TAGS) =>
  tags.map((tag) => `<${tag}>`).join('、');
