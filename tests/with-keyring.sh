#!/bin/sh
# Runs a keychain test against a real, unlocked gnome-keyring inside the D-Bus session that dbus-run-session made:
#   dbus-run-session -- tests/with-keyring.sh TEST_EXECUTABLE [ARGS...]
# A throw-away HOME and XDG folders keep the developer's own keyring out of it. The keyring daemon exits with
# the session. Without gnome-keyring-daemon the test still runs, told by KC_SKIP_IF_UNAVAILABLE=1 to skip.
set -eu

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # --unlock reads the new "login" keyring's password from stdin and creates it unlocked.
    eval "$(printf 'test-password' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
else
    echo "with-keyring.sh: gnome-keyring-daemon is missing; keychain tests will skip" >&2
    export KC_SKIP_IF_UNAVAILABLE=1
fi

"$@"
