#!/usr/bin/env bash
# Everything the project promises, in one run: system tools, formatting, types, the build, unit
# tests, checks of the built site, and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup-system.sh
npx prettier --check .
npm run check
npm run check:types
npm run build
npx vitest run --project unit
npx vitest run --project components
npx vitest run --project site
npx playwright test
