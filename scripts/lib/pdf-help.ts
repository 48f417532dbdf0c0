/** How to get the PDFs on a machine without Chromium: one sentence, shared by build and start. */
export const PDF_HELP =
  'To get them, install Chromium and the Noto CJK fonts (as root: bash scripts/setup-system.sh --build; or: sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM_PATH to a Chromium binary, then run the command again.';
