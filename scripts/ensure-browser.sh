#!/bin/sh
# The site tests drive Debian's Chromium. Install it when we can (as root, with apt);
# otherwise say how, and the browser tests skip (in CI, where CI=true, they fail instead).
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the site tests (apt-get)..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "Could not install chromium with apt-get; the browser tests will say what to do."
else
  echo "Note: no Chromium at /usr/bin/chromium. The site's browser tests will skip."
  echo "      To run them: sudo apt-get install chromium   (Debian/Ubuntu)"
fi
exit 0
