/** How to get the PDFs on a machine without Chromium: one sentence, shared by build and start. */
export const PDF_HELP =
  '要生成 PDF，请安装 Chromium 和 Noto CJK 字体（以 root 运行 bash scripts/setup-system.sh --build，或 sudo apt-get install chromium fonts-noto-cjk），或把 CHROMIUM_PATH 设为 Chromium 程序的路径，然后再运行一次。';
