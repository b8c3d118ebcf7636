#!/usr/bin/env bash
# Set up a virtual environment and run the whole test suite.
# Store tests also run on PostgreSQL when Debian's postgresql package is installed
# (a throw-away server on loopback is started and stopped here).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[dev]'

if [ -z "${KURSVERK_TEST_PG_URL:-}" ] && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    eval "$(bash .ci/pg-start)"
    trap 'bash .ci/pg-stop' EXIT
fi
export QT_QPA_PLATFORM=offscreen

set +e
.venv/bin/python -m pytest "$@"
code=$?
set -e
if [ "$code" = "5" ]; then
    echo "pytest collected no tests: that is a failure" >&2
    exit 1
fi
exit "$code"
