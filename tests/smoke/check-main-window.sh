#!/usr/bin/env bash
# GUI smoke test on a real X server (Xvfb, xcb platform plugin, not offscreen): apsara-accounts --sandbox shows a
# main window titled "Apsara Accounts" that is a real, painted window. This is also the test of scripts/screenshot.sh.
#   check-main-window.sh APP WORK_DIR
set -euo pipefail

app="$1"
work="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shot="$work/main-window.png"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

rm -rf "$work"
mkdir -p "$work"
# A fresh HOME keeps the developer's profiles and settings out of the test.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export LANG=en_US.UTF-8 LANGUAGE=en
bash "$root/scripts/screenshot.sh" "$shot" --window-only --wait 2 --window-name "Apsara Accounts" -- "$app" --sandbox \
    || fail "no main window (see above)"

read -r width height colours < <(identify -format '%w %h %k\n' "$shot")
echo "main window: ${width}x${height}, $colours colours"
((width >= 640 && height >= 400)) || fail "the main window is only ${width}x${height}"
# A window that only cleared its background has a handful of colours; text, icons and a table have hundreds.
((colours >= 32)) || fail "the main window looks unpainted ($colours colours)"
echo "ok: main window shown and painted; picture in $shot"
