/**
 * The sharing card's design: the report's deep green with the five 降碳 pillar colours
 * (根·茎·叶·花·果) as a band, the page's title large, the report's name below. Text goes in with
 * textContent after the page is set, never into the markup.
 */
export const CARD_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body {
    box-sizing: border-box; display: flex; flex-direction: column; justify-content: space-between;
    padding: 64px 72px 0; overflow: hidden; position: relative; color: #fff;
    font-family: 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif;
    background: radial-gradient(circle at 85% 20%, #2c7048 0, #1c6640 35%, #0f4a2d 100%);
  }
  .year {
    position: absolute; right: 48px; bottom: 40px; margin: 0; font-size: 260px; font-weight: 700;
    line-height: 1; color: rgba(255, 255, 255, 0.08); letter-spacing: -0.02em;
  }
  .organisation { margin: 0; font-size: 30px; font-weight: 500; color: #e4f0e6; }
  h1 {
    margin: 0; max-width: 980px; font-family: 'Noto Serif CJK SC', 'Noto Serif SC', serif;
    font-size: 76px; line-height: 1.2; font-weight: 700;
    display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden;
  }
  .report { margin: 0 0 36px; font-size: 34px; color: #e4f0e6; }
  .band { display: flex; margin: 0 -72px; height: 56px; }
  .band span {
    flex: 1; display: flex; align-items: center; justify-content: center;
    font-size: 26px; font-weight: 700; letter-spacing: 0.3em;
  }
</style></head><body>
  <p class="year"></p>
  <p class="organisation"></p>
  <h1></h1>
  <div>
    <p class="report"></p>
    <div class="band">
      <span style="background:#6b4a2b">根</span><span style="background:#2c7048">茎</span
      ><span style="background:#2f6e26">叶</span><span style="background:#9a3b60">花</span
      ><span style="background:#94500a">果</span>
    </div>
  </div>
</body></html>`;
