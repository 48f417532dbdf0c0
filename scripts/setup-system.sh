#!/usr/bin/env bash
# Makes sure the system tools the tests need are present: Chromium (browser tests, PDFs), Noto CJK
# fonts (Chinese glyphs in screenshots and PDFs), poppler-utils (pdfinfo, pdftotext, pdffonts,
# pdftoppm) and a Java runtime (the Nu HTML checker). Installs them with apt as root; otherwise says
# exactly what to install.
set -euo pipefail

missing=()
[[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if ((${#missing[@]} == 0)); then
  exit 0
fi

if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "The tests need these system packages: ${missing[*]}" >&2
echo "On Debian or Ubuntu: sudo apt-get install ${missing[*]}" >&2
echo "(Or set CHROMIUM_PATH to a Chromium binary, or run 'npx playwright install chromium'.)" >&2
exit 1
