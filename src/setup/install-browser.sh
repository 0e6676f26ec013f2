#!/usr/bin/env bash
# The browser tests (app/src/test/.../*BrowserTest.java) drive Debian's headless Chromium through
# its chromedriver; the WenQuanYi font lets screenshots show Chinese instead of empty boxes.
# Installs the three Debian packages when one is missing, and does nothing otherwise, so CI can run
# it before every build. Needs root, or sudo that does not ask for a password.
set -euo pipefail

packages=(chromium chromium-driver fonts-wqy-zenhei)

installed() {
    [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || return 1
    # Without dpkg (not Debian) the two programs are all that can be checked.
    if command -v dpkg-query >/dev/null 2>&1; then
        dpkg-query -W -f='${Status}' fonts-wqy-zenhei 2>/dev/null | grep -q 'ok installed' || return 1
    fi
}

if installed; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: no apt-get here; install Chromium, its chromedriver and a Chinese font yourself" >&2
    echo "and name them with -Dbrowser.chromium=... -Dbrowser.chromedriver=... (docs/testing.md)" >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "install-browser: needs root or password-less sudo to run: apt-get install ${packages[*]}" >&2
    exit 1
fi

echo "install-browser: installing ${packages[*]}" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends "${packages[@]}" >/dev/null

if ! installed; then
    echo "install-browser: apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is still missing" >&2
    exit 1
fi
