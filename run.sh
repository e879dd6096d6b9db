#!/usr/bin/env bash
# flutr's two front-door commands; each installs what it needs into .venv first.
#   bash run.sh demo [FILE.dart]   a real LSP session: flutr-lsp answers the Turkish comment of examples/liste_yenile.dart
#   bash run.sh test               the whole test suite (what CI runs)
set -euo pipefail
cd "$(dirname "$0")"
VENV=${FLUTR_VENV:-.venv}
PYTHON=${PYTHON:-python3}

install() {
  local extras=$1
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  local find=()
  # A prebuilt, portable llama-cpp-python wheel saves a ~7.5 min build where the shared folder has one.
  [ -d ../shared/wheels ] && find+=(--find-links ../shared/wheels)
  [ -d /opt/wheels ] && find+=(--find-links /opt/wheels)
  # Without a prebuilt wheel pip builds llama.cpp from source: portable AVX2 target, both cores.
  export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
  export CMAKE_ARGS=${CMAKE_ARGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF}
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check "${find[@]}" -e ".${extras:+[$extras]}" 2>&1 \
    | grep -v "^WARNING: Location" || true
  "$VENV/bin/python" -c "import lsp_server, llama_cpp" # fail here, clearly, if the install did not work
}

case "${1:-}" in
  demo)
    shift
    install ""
    exec "$VENV/bin/flutr-lsp" demo "$@"
    ;;
  test)
    shift
    install "test"
    export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
    exec "$VENV/bin/python" -m pytest -q "$@"
    ;;
  *)
    echo "usage: bash run.sh demo [FILE.dart] | bash run.sh test [pytest args]" >&2
    exit 2
    ;;
esac
