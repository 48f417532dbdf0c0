/** The Markdown features of the site's MDX processor; the content reader parses with the same. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true, frontmatter: true } as const;
