#!/usr/bin/env bash
# Installs what the email tests (cargo feature `smtp` of onestop-e2e) need beyond a stock Debian
# Rust machine: a Python virtual environment with aiosmtpd, for the test SMTP server
# tests/smtp/test_smtp.py, and the openssl command that makes its certificates. Prints the venv's
# python; tests find it through ONESTOP_SMTP_PYTHON.
#
# Usage: tests/smtp/setup.sh [VENV_DIR]   (default: target/smtp-venv)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${1:-target/smtp-venv}"

need=()
command -v openssl >/dev/null || need+=(openssl)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
fi
"$venv/bin/pip" install -q --disable-pip-version-check -r tests/smtp/requirements.txt >&2
echo "$(cd "$venv" && pwd)/bin/python"
