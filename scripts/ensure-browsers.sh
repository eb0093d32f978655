#!/usr/bin/env bash
# Makes sure the browsers the real-browser tests (and npm start) drive are installed: Debian's packages, installed
# with apt-get when missing and we are root. A path in CHROMIUM_PATH / FIREFOX_PATH wins over any install.
#   bash scripts/ensure-browsers.sh chromium firefox-esr
set -euo pipefail

need=()
for browser in "$@"; do
  case "$browser" in
    chromium)
      if [ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ]; then continue; fi ;;
    firefox-esr)
      if [ -n "${FIREFOX_PATH:-}" ] || [ -x /usr/bin/firefox-esr ]; then continue; fi ;;
    *) echo "ensure-browsers: unknown browser $browser" >&2; exit 2 ;;
  esac
  need+=("$browser")
done
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browsers: missing ${need[*]}. Install Debian's packages (sudo apt-get install ${need[*]})," >&2
  echo "or point CHROMIUM_PATH / FIREFOX_PATH at a browser binary." >&2
  exit 1
fi
echo "ensure-browsers: installing Debian's ${need[*]} (apt-get)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
