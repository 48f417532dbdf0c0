import { expect, test } from 'vitest';
import { plainText } from '../../../../src/data/text/plain-text.ts';

test.each([
  ['控制废水排放', '控制废水排放'],
  ['<em>绿色</em>发展', '绿色发展'],
  ['研发 &amp; 应用 &lt;新&gt; &quot;技术&quot; &#39;x&#39;', '研发 & 应用 <新> "技术" \'x\''],
  ['  两端\n空白  ', '两端 空白'],
  ['&copy; 未知实体保留', '&copy; 未知实体保留'],
])('%s → %s', (html, text) => {
  expect(plainText(html)).toBe(text);
});
