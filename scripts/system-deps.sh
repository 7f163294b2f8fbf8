#!/usr/bin/env bash
# Debian packages Sandesh needs, installed once by `make run` / `make test`.
#   run:  libfribidi0 (Pillow's RAQM layout: correctly shaped Devanagari on posters) and
#         fonts-noto-color-emoji (emoji on posters; without it they are dropped with a warning)
#   test: the above, plus Tesseract with its Hindi model (the poster OCR test) and Chromium with
#         its driver (the studio's browser tests), and PostgreSQL (the store's tests run against a
#         real server, started by the tests in a temporary directory)
#   both: a C++ compiler and CMake, with which pip compiles llama.cpp (llama-cpp-python) once
set -euo pipefail
mode=${1:-run}
need=()
command -v g++ >/dev/null || need+=(g++)
command -v cmake >/dev/null || need+=(cmake)
ldconfig -p | grep -q 'libfribidi\.so\.0' || need+=(libfribidi0)
[ -f /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
if [ "$mode" = test ]; then
  { command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx hin; } ||
    need+=(tesseract-ocr tesseract-ocr-hin)
  command -v chromium >/dev/null || need+=(chromium chromium-driver)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "installing Debian packages: ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
