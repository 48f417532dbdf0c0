/**
 * The JSON files' format, registered by the admin page: compact JSON, which Prettier lays out as
 * the repository writes its JSON (scripts/lib/format-json.ts). Decap's own `json` writes every
 * object over several lines, which Prettier then keeps.
 */
export const JSON_FORMAT = 'json-compact';

/** The MDX files' format, registered by the admin page: src/cms/mdx-format.ts. */
export const MDX_FORMAT = 'mdx-frontmatter';
