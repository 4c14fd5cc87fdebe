#!/usr/bin/env bash
# Runs a program in a virtual X server (Xvfb, 1280x800), waits for its window, saves a PNG and stops the program.
# This is how to look at the UI on a machine without a display.
#
#   scripts/screenshot.sh OUT.png [--wait S] [--window-name NAME] [--timeout S] [--window-only] -- COMMAND ARGS...
#
#   --wait S           seconds to wait after the window appeared, e.g. for the sandbox data to load (default 1)
#   --window-name NAME wait for a visible window whose title matches this regular expression (default: any)
#   --timeout S        give up when no window appeared after S seconds (default 30)
#   --window-only      save only that window instead of the whole screen (dialogs are separate windows)
#
# Example:  scripts/screenshot.sh shot.png --wait 2 --window-name "Apsara Accounts" -- \
#               build/dev/app/apsara-accounts --sandbox --lang zh_CN
# Exit status: 0 saved, 1 the program exited or showed no window (its output is printed), 2 bad usage.
set -euo pipefail

usage() {
    sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Exit status of the inner run that means "the X server was not usable": worth another try with a new server.
readonly RETRY_STATUS=75

out=""
wait_seconds=1
window_name="."
timeout_seconds=30
window_only=0
inside=0
while (($#)); do
    case "$1" in
        --inside-xvfb) inside=1 ;;
        --wait) wait_seconds="${2:?--wait needs seconds}"; shift ;;
        --window-name) window_name="${2:?--window-name needs a name}"; shift ;;
        --timeout) timeout_seconds="${2:?--timeout needs seconds}"; shift ;;
        --window-only) window_only=1 ;;
        --) shift; break ;;
        -h | --help) usage ;;
        -*) echo "screenshot.sh: unknown option $1" >&2; usage ;;
        *) [[ -z "$out" ]] || { echo "screenshot.sh: more than one output file" >&2; usage; }; out="$1" ;;
    esac
    shift
done
(($#)) || { echo "screenshot.sh: no COMMAND after --" >&2; usage; }
[[ -n "$out" ]] || { echo "screenshot.sh: no OUT.png" >&2; usage; }
[[ "$out" == *.png ]] || { echo "screenshot.sh: OUT must end in .png" >&2; usage; }

options=(--wait "$wait_seconds" --window-name "$window_name" --timeout "$timeout_seconds")
((window_only)) && options+=(--window-only)

# Outside: start a private X server per attempt. xvfb-run -a very rarely races another server for the same
# display number, so a run that could not use its display is retried with a fresh one.
if ((!inside)); then
    command -v xvfb-run >/dev/null || { echo "screenshot.sh: xvfb-run is missing (scripts/setup.sh installs it)" >&2; exit 1; }
    out="$(realpath -m "$out")"
    mkdir -p "$(dirname "$out")"
    xvfb_log="$(mktemp)"
    trap 'rm -f "$xvfb_log"' EXIT
    for attempt in 1 2 3; do
        status=0
        xvfb-run -a -e "$xvfb_log" -s "-screen 0 1280x800x24" \
            bash "$(realpath "$0")" --inside-xvfb "$out" "${options[@]}" -- "$@" || status=$?
        ((status == RETRY_STATUS)) || exit "$status"
        echo "screenshot.sh: the X server was not usable (attempt $attempt); retrying" >&2
        cat "$xvfb_log" >&2
    done
    exit 1
fi

# Inside: DISPLAY is the private server.
xdotool getdisplaygeometry >/dev/null 2>&1 || exit "$RETRY_STATUS"

app_log="$(mktemp)"
# setsid gives the program its own process group, so stopping it also stops whatever it started.
QT_QPA_PLATFORM=xcb setsid "$@" >"$app_log" 2>&1 &
pid=$!
stop_program() {
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$app_log"
}
trap stop_program EXIT

echo "screenshot.sh: started $1 (pid $pid) on display $DISPLAY, waiting for a window named /$window_name/"
window=""
deadline=$((SECONDS + timeout_seconds))
while [[ -z "$window" ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
        if grep -q "could not connect to display" "$app_log"; then
            exit "$RETRY_STATUS"
        fi
        echo "screenshot.sh: $1 exited before showing a window; its output:" >&2
        cat "$app_log" >&2
        exit 1
    fi
    if ((SECONDS >= deadline)); then
        echo "screenshot.sh: no window named /$window_name/ after ${timeout_seconds}s; output so far:" >&2
        cat "$app_log" >&2
        exit 1
    fi
    window="$(xdotool search --onlyvisible --name "$window_name" 2>/dev/null | head -1 || true)"
    [[ -n "$window" ]] || sleep 0.2
done

echo "screenshot.sh: window $window \"$(xdotool getwindowname "$window")\" is up; waiting ${wait_seconds}s"
sleep "$wait_seconds"
if ! kill -0 "$pid" 2>/dev/null; then
    echo "screenshot.sh: $1 exited while waiting; its output:" >&2
    cat "$app_log" >&2
    exit 1
fi
if ((window_only)); then
    import -window "$window" "$out"
else
    import -window root "$out"
fi
echo "screenshot.sh: saved $out ($(identify -format '%wx%h' "$out"))"
