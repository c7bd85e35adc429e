#!/bin/sh
# Installs the Debian packages the tests use (poppler, a CJK font, Qt's
# offscreen libraries, and Xvfb with Qt's xcb libraries for the few tests that need a
# real X screen). Where that is not possible the tests that need them skip with
# a reason, so this script only informs and never fails the build.
# poppler-data: without it pdffonts/pdftotext cannot map the Chinese CID font (Adobe-GB1)
# of the fallback report, which `--no-install-recommends` would otherwise leave out.
PACKAGES="poppler-utils poppler-data fonts-wqy-microhei libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0"

if [ "$(uname -s)" != "Linux" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "note: not a Debian/Ubuntu system; tests needing $PACKAGES will skip where the tools are missing."
    exit 0
fi
missing=""
for p in $PACKAGES; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    echo "note: not root, so not installing:$missing (tests that need them will skip)."
    exit 0
fi
echo "installing system packages:$missing"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing; } >/tmp/process-workbench-apt.log 2>&1; then
    echo "note: apt-get failed (see /tmp/process-workbench-apt.log); tests that need$missing will skip."
fi
exit 0
