#!/usr/bin/env bash
# Installs the Debian packages the extension's start script and tests use, when missing:
# Chromium (browser tests, npm start), Firefox ESR (content-script tests), Xvfb + xdotool (real shortcut
# tests), poppler-utils (PDF text checks), an emoji font (screenshots and PDFs) and pngquant (smaller
# README screenshots).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v pdftotext >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
command -v pngquant >/dev/null || need+=(pngquant)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing: ${need[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
