import { expect, test } from 'vitest';
import { pageRules, reportPageRules } from '../../../../src/data/publish/print-pages.ts';

test("the whole report's pages: a bare cover, then each chapter headed with its own title", () => {
  const rules = reportPageRules(['卷首语', '降碳"足迹"']);
  expect(rules[0]).toMatch(/^@page :first \{ margin: 0; @top-left \{ content: none; \}/);
  expect(rules.slice(1)).toEqual([
    '@page chapter-1 { @top-right { content: "卷首语"; } }',
    '@page chapter-2 { @top-right { content: "降碳\\"足迹\\""; } }',
    '.print-chapter[data-number="1"] { page: chapter-1; }',
    '.print-chapter[data-number="2"] { page: chapter-2; }',
  ]);
});

test('a title cannot end the CSS string it is written into', () => {
  const [, chapter] = reportPageRules(['"; } body { display: none } @page x { content: "']);
  // One CSS string, from its opening quote to its closing one, and nothing after it but the rule's end.
  expect(chapter).toMatch(/^@page chapter-1 \{ @top-right \{ content: "(?:[^"\\]|\\.)*"; \} \}$/);
  expect(pageRules('报告', '</style><script>')).not.toMatch(/<\/style/i);
});
