#!/bin/sh
# The built apsara-accounts binary's exit codes and output, without a window:
#   cli-exit-codes.sh APSARA_ACCOUNTS DATA_DIR      (run inside tests/with-keyring.sh for the import that succeeds)
set -u
app="$1"
data="$2"
failures=0
export QT_QPA_PLATFORM=offscreen

expect() { # expect STATUS DESCRIPTION -- COMMAND...
    want="$1"; what="$2"; shift 3
    out="$("$@" 2>&1)"; got=$?
    if [ "$got" -ne "$want" ]; then
        echo "FAIL: $what: exit $got, expected $want"; echo "$out" | sed 's/^/    /'; failures=$((failures + 1))
    else
        echo "PASS: $what (exit $got)"
    fi
    LAST_OUTPUT="$out"
}

expect 0 "--version" -- "$app" --version
echo "$LAST_OUTPUT" | grep -q "apsara-accounts [0-9]" || { echo "FAIL: --version prints no version"; failures=$((failures + 1)); }
expect 0 "--help" -- "$app" --help
expect 2 "unknown option" -- "$app" --frobnicate
expect 2 "malformed --endpoint" -- "$app" --endpoint rds
expect 1 "import of a missing file" -- "$app" --import-aliyun-config "$data/does-not-exist.json"
expect 1 "import of a file that is not JSON" -- "$app" --import-aliyun-config "$data/not-json.json"
expect 2 "import of a folder" -- "$app" --import-aliyun-config "$data"
expect 0 "import of a well-formed file" -- "$app" --import-aliyun-config "$data/wellformed.json"
# Nothing secret may be printed: every secret in the fixture is absent from the output.
for secret in $(grep -o '"\(access_key_secret\|sts_token\|bearer_token\)": *"[^"]*"' "$data/wellformed.json" | sed 's/.*: *"\(.*\)"/\1/'); do
    [ -n "$secret" ] || continue
    if echo "$LAST_OUTPUT" | grep -qF "$secret"; then
        echo "FAIL: the import printed a secret"; failures=$((failures + 1))
    fi
done
echo "$LAST_OUTPUT" | grep -qi "imported" || { echo "FAIL: the import did not say what it imported"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "all exit codes as expected" || echo "$failures failure(s)"
exit "$failures"
