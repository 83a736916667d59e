#!/usr/bin/env bash
# Debian's chromium + chromedriver for the browser tests (tests/browser, marker `browser`).
# Sourced by .ci/run as root: idempotent, installs only what is missing, never exits the
# parent shell, and safe under `set -euo pipefail`.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "install-browser: installing chromium and chromium-driver (apt-get)"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        chromium chromium-driver
else
    echo "install-browser: chromium and chromedriver already present"
fi
