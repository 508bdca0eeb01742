#!/usr/bin/env bash
# Builds the single-page UI with the machine's Node.js and npm (called by Maven in web/src/main/frontend).
set -euo pipefail
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: building the QualityWatch UI needs Node.js >= 20.19 and npm >= 10 on the PATH." >&2
  echo "       Install them (Debian: apt-get install nodejs npm, or Node.js 20 LTS) and build again." >&2
  exit 1
fi
node scripts/check-node.mjs
# npm ci only when the lock file changed since the last install: it takes most of the build time
stamp=node_modules/.qw-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
npm run build --silent
