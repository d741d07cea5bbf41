# Shared by scripts/demo and scripts/check: make .venv and install pinned requirements.
# Usage: source scripts/_venv.sh requirements/main.txt
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --require-hashes -r requirements/bootstrap.txt
# Every dependency, the spaCy model wheel included, is pinned by version and hash.
.venv/bin/python -m pip install --quiet --require-hashes -r "$1"
.venv/bin/python -m pip install --quiet --no-deps -e .
