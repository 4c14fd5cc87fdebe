#!/usr/bin/env bash
# README command 1: set up (missing Debian packages, configure, build), then open Apsara Accounts on the
# built-in sandbox, so no cloud account is needed. Extra arguments go to apsara-accounts, e.g.
#   scripts/run.sh --lang zh_CN
# Without a display (no DISPLAY, no WAYLAND_DISPLAY) it explains how to see the window and exits with 3,
# or, with APSARA_XVFB=1, runs the app inside a virtual X server (xvfb-run) until you stop it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$APSARA_ROOT/scripts/setup.sh"

app="$(apsara_build_dir)/app/apsara-accounts"
if [[ ! -x "$app" ]]; then
    echo "error: $app was not built" >&2
    exit 1
fi

# --real-engines: the demo's sandbox starts private Redis, PostgreSQL and MariaDB servers behind one instance each.
args=()
for arg in "$@"; do
    if [[ "$arg" == "--real-engines" ]]; then args+=(--sandbox-engines auto); else args+=("$arg"); fi
done
set -- "${args[@]+"${args[@]}"}"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    step "Starting apsara-accounts on the sandbox"
    run exec "$app" --sandbox "$@"
fi

if [[ "${APSARA_XVFB:-}" == "1" ]]; then
    step "No display: starting apsara-accounts on the sandbox inside Xvfb (1280x800); stop it with Ctrl+C"
    run exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" --sandbox "$@"
fi

cat >&2 <<MSG
==> Built, but this machine has no display (DISPLAY and WAYLAND_DISPLAY are empty), so there is no window to open.
    To look at the app anyway:
      scripts/screenshot.sh shot.png --window-name "Apsara Accounts" -- $app --sandbox
          runs it in a virtual X server and saves a picture of the window (open shot.png anywhere)
      APSARA_XVFB=1 scripts/run.sh
          runs it inside xvfb-run until you press Ctrl+C (drive it with xdotool, DISPLAY is set inside)
      ssh -X, or a desktop session, and run scripts/run.sh there
MSG
exit 3
