#!/usr/bin/env bash
# Installs what Trappa needs on a fresh Debian machine: Jupyter (nbconvert + client, from
# Debian's packages, for executing the tslab notebooks) and the npm packages (exact
# versions from package-lock.json). The tslab kernelspec is committed in jupyter/kernels.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=0
command -v jupyter >/dev/null 2>&1 || need_apt=1
python3 -c "import nbconvert, jupyter_client" >/dev/null 2>&1 || need_apt=1
if [ "$need_apt" = 1 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client >/dev/null \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends jupyter-nbconvert jupyter-client >/dev/null; }
fi

npm ci --no-audit --no-fund
