#!/usr/bin/env bash
# Installs what the device tests (cargo feature `devices` of onestop-e2e) need beyond a stock
# Debian Rust machine: zbarimg (Debian zbar-tools) to read printed QR codes back, and a Python
# 3.13 virtual environment with emupos (an ESC/POS printer emulator) and pysip2 (for the test SIP2
# server). Prints the venv's python; tests find it through ONESTOP_DEVICE_PYTHON.
#
# Usage: tests/devices/setup.sh [VENV_DIR]   (default: target/devices-venv)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${1:-target/devices-venv}"

if ! command -v zbarimg >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq zbar-tools >/dev/null
fi

# emupos needs Python >= 3.13: take it from pyenv when the system python is older.
python=""
for candidate in python3.13 "$HOME/.pyenv/versions/3.13.0/bin/python" /root/.pyenv/versions/3.13*/bin/python; do
  if "$candidate" -c 'import sys; assert sys.version_info >= (3, 13)' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ] && command -v pyenv >/dev/null; then
  pyenv install -s 3.13
  python="$(pyenv root)/versions/$(pyenv latest 3.13)/bin/python"
fi
[ -n "$python" ] || { echo "no Python 3.13 found (pyenv install 3.13)" >&2; exit 2; }

if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv" >&2
fi
"$venv/bin/pip" install -q --disable-pip-version-check -r tests/devices/requirements.txt >&2
echo "$(cd "$venv" && pwd)/bin/python"
