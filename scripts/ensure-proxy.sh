#!/bin/sh
# The hub tests run a real JupyterHub, which routes every request through configurable-http-proxy,
# a Node.js program from npm. Install it once into build/npm (not on the system, not in git).
# Without node and npm the hub tests say what to do (in CI, where CI=true, they fail instead).
PROXY=build/npm/node_modules/.bin/configurable-http-proxy
if [ -x "$PROXY" ]; then exit 0; fi
if command -v npm >/dev/null 2>&1; then
  echo "Installing configurable-http-proxy for the hub tests (npm, into build/npm)..."
  mkdir -p build/npm
  npm install --prefix build/npm --no-audit --no-fund --loglevel=error configurable-http-proxy@^5 >/dev/null \
    || echo "Could not install configurable-http-proxy with npm; the hub tests will say what to do."
else
  echo "Note: no npm. The hub tests need configurable-http-proxy: install Node.js (with npm) and run make test."
fi
exit 0
