#!/usr/bin/env bash
# Installs what Trappa needs on a fresh Debian machine: Jupyter (nbconvert + client, from
# Debian's packages, for executing the tslab notebooks), Debian's chromium and the DejaVu
# fonts (for `trappa run --png` and the report test in headless chromium), poppler-utils
# (pdftotext and pdfinfo, for the test of `trappa run --pdf`), and the npm
# packages (exact versions from package-lock.json). The tslab kernelspec is committed in
# jupyter/kernels. Packages already installed are not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=()
if ! command -v jupyter >/dev/null 2>&1 || ! python3 -c "import nbconvert, jupyter_client" >/dev/null 2>&1; then
  apt_packages+=(jupyter-nbconvert jupyter-client)
fi
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
[ -x /usr/bin/pdftotext ] || apt_packages+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || apt_packages+=(fonts-dejavu-core)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends "${apt_packages[@]}" >/dev/null \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends "${apt_packages[@]}" >/dev/null; }
fi

npm ci --no-audit --no-fund
