#!/usr/bin/env bash
# Installs what FilingExtractor needs on Debian 12 and is not there yet. Sourced by run.sh and test.sh.
# A second run finds everything present and returns at once (one dpkg-query call).
set -euo pipefail

# Runtime: OCR engine and data, image library, PDF tools. Tests and tools/: Ghostscript (renders test
# pages and the corpus), libtiff-tools (tiff2pdf, tiffcp), qpdf (encrypted and huge test PDFs),
# LibreOffice Calc (checks that the CSV tables open in a spreadsheet with numbers as numbers), Chromium
# (the review page's browser test drives it headless through Playwright, which never downloads a browser).
FE_PACKAGES=(
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd libtesseract5 liblept5 poppler-utils
  ghostscript libtiff-tools qpdf libreoffice-calc-nogui chromium
)

fe_missing_packages() {
  local missing=() pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

fe_install_packages() {
  local missing
  missing=$(fe_missing_packages "$@")
  [[ -z "${missing// }" ]] && return 0
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo)
    else
      echo "FilingExtractor needs these Debian packages: $missing" >&2
      echo "Install them as root: apt-get update && apt-get install -y $missing" >&2
      exit 3
    fi
  fi
  echo "Installing Debian packages: $missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing >&2; then
    "${sudo[@]}" apt-get update -q >&2
    # shellcheck disable=SC2086
    "${sudo[@]}" apt-get install -y -q --no-install-recommends $missing >&2
  fi
}

fe_require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "FilingExtractor needs the .NET 10 SDK (dotnet on PATH); it is not a Debian package." >&2
    exit 3
  fi
}

# The JSON Schema validator the tests use (Ajv, from npm; the lock file pins it).
fe_install_node_tools() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/schema-validate"
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    fe_install_packages nodejs npm
  fi
  if [[ ! -d "$dir/node_modules/ajv" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --silent) >&2
  fi
}

fe_install_packages "${FE_PACKAGES[@]}"
fe_require_dotnet
fe_install_node_tools
