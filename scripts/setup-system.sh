#!/usr/bin/env bash
# Makes sure the system tools are present: Chromium (PDFs, browser tests), Noto CJK fonts (Chinese
# glyphs in screenshots and PDFs) and, for the tests, poppler-utils (pdfinfo, pdftotext, pdffonts,
# pdftoppm) and a Java runtime (the Nu HTML checker). Installs them with apt as root; otherwise says
# exactly what to install.
#   --build   only what the publishing build needs (Chromium and the fonts), as `npm start` asks
#   --quiet   when they cannot be installed, exit 1 without advice (the caller gives its own)
set -euo pipefail

scope=test
quiet=false
for arg in "$@"; do
  case "$arg" in
    --build) scope=build ;;
    --quiet) quiet=true ;;
    *) echo "setup-system.sh: unknown option $arg (expected --build or --quiet)" >&2 && exit 2 ;;
  esac
done

missing=()
[[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
[[ $scope == build ]] || command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[[ $scope == build ]] || command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

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

$quiet && exit 1
echo "These system packages are needed: ${missing[*]}" >&2
echo "On Debian or Ubuntu: sudo apt-get install ${missing[*]}" >&2
echo "(Or set CHROMIUM_PATH to a Chromium binary, or run 'npx playwright install chromium'.)" >&2
exit 1
