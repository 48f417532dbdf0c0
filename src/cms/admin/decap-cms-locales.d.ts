/** decap-cms-locales ships no types: each export is one language's phrases for CMS.registerLocale. */
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
