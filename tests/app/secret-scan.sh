#!/usr/bin/env bash
# A whole session, then a search for every secret it used in everything it left behind: settings, logs at debug
# level, the CSV export, the sandbox's state file, stdout/stderr and the processes' argv. 0 hits or it fails.
# Usage: secret-scan.sh SECRET_SESSION_BINARY APSARA_SANDBOX_BINARY
set -euo pipefail
session="$1"
sandbox="$2"
work="$(mktemp -d)"
sandbox_pid=""
cleanup() {
    [[ -z "$sandbox_pid" ]] || kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

random() { od -An -N8 -tx1 /dev/urandom | tr -d ' \n'; }
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
export APSARA_SCAN_SECRET="Sec$(random)Key"
# '&', '=' and '%' are what query strings and forms are made of: the redactor must still take the whole value.
export APSARA_SCAN_PASSWORD1="Pw1#$(random)&x=y"
export APSARA_SCAN_PASSWORD2="Pw2%$(random)(q)"
export APSARA_SANDBOX_ACCESS_KEYS="scan-id:$APSARA_SCAN_SECRET"
export QT_LOGGING_RULES="apsara.*.debug=true"
export QT_QPA_PLATFORM=offscreen

"$sandbox" --state "$work/state.json" >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
tr '\0' ' ' <"/proc/$sandbox_pid/cmdline" >"$work/sandbox.argv"
url=""
for _ in $(seq 1 100); do
    url="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1 || true)"
    [[ -n "$url" ]] && break
    sleep 0.1
done
[[ -n "$url" ]] || { echo "the sandbox did not start"; cat "$work/sandbox.err"; exit 1; }

"$session" "$url" "$work/activity.csv" >"$work/session.out" 2>"$work/session.err" &
session_pid=$!
tr '\0' ' ' <"/proc/$session_pid/cmdline" >"$work/session.argv" || true
wait "$session_pid" || { echo "the session failed"; cat "$work/session.out" "$work/session.err"; exit 1; }
kill -TERM "$sandbox_pid"
wait "$sandbox_pid" || true
sandbox_pid=""

[[ -s "$work/activity.csv" ]] || { echo "no export was written"; exit 1; }
grep -q "DEBUG\|send\|apsara.api" "$work/session.err" || { echo "no debug log to scan"; exit 1; }
[[ -s "$work/state.json" ]] || { echo "the sandbox saved no state"; exit 1; }
mode="$(stat -c %a "$work/state.json")"
[[ "$mode" == 600 ]] || { echo "the state file is mode $mode, not 600"; exit 1; }

hits=0
for secret in "$APSARA_SCAN_SECRET" "$APSARA_SCAN_PASSWORD1" "$APSARA_SCAN_PASSWORD2"; do
    encoded="$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$secret")"
    for form in "$secret" "$encoded" "${secret:0:12}"; do
        if found="$(grep -rlF -- "$form" "$work")"; then
            echo "secret found in: $found"
            hits=$((hits + 1))
        fi
    done
done
echo "files scanned: $(find "$work" -type f | wc -l), secret hits: $hits"
[[ $hits -eq 0 ]]
