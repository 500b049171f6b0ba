#!/usr/bin/env bash
# Installs the Debian packages the test suite uses (PostgreSQL server, Chromium + driver, a CJK TrueType font,
# LibreOffice Writer for the DOCX check, poppler-utils for PDF checks). Does nothing when all are present.
set -euo pipefail
packages=(postgresql chromium chromium-driver fonts-arphic-uming libreoffice-writer-nogui poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
