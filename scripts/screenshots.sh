#!/usr/bin/env bash
# Regenerates docs/screenshots/: the main window and every dialog, in English and in Simplified Chinese, each taken
# by scripts/screenshot.sh in its own virtual X server with the app on the sandbox.
#
#   scripts/screenshots.sh                 # everything in SHOTS below, languages en and zh_CN
#   scripts/screenshots.sh about main-window
#   APSARA_SCREENSHOT_LANGS=zh_CN scripts/screenshots.sh
#   APSARA_SCREENSHOT_ARGS="--palette dark --font-scale 1.5" APSARA_SCREENSHOT_SUFFIX=-dark-large \
#       APSARA_SCREENSHOT_LANGS=en scripts/screenshots.sh main-window reset-password create-account
#
# Files: docs/screenshots/<name>.png (English) and docs/screenshots/<name>-zh_CN.png. "main-window" is the window as
# it opens; every other name is handed to the app as --screenshot-dialog NAME, which opens that dialog over the
# main window. Add a name here when a dialog is added to the app. APSARA_SCREENSHOT_ARGS are passed to the app as well
# (e.g. a dark palette and a larger font) and APSARA_SCREENSHOT_SUFFIX is added to every file name.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SHOTS=(
    main-window
    about
    profiles
    create-account
    reset-password
    modify-privileges
    edit-description
    delete-account
    call-meter
    operator-permission
    reset-privileged-account
    keyboard-shortcuts
    helpdesk
    find-results
    ram-policy
)

if (($#)); then
    SHOTS=("$@")
fi
read -r -a languages <<<"${APSARA_SCREENSHOT_LANGS:-en zh_CN}"
read -r -a extra_args <<<"${APSARA_SCREENSHOT_ARGS:-}"

bash "$APSARA_ROOT/scripts/setup.sh"
app="$(apsara_build_dir)/app/apsara-accounts"
outdir="$APSARA_ROOT/docs/screenshots"
mkdir -p "$outdir"

failed=()
for lang in "${languages[@]}"; do
    for name in "${SHOTS[@]}"; do
        suffix=""
        [[ "$lang" == "en" ]] || suffix="-$lang"
        out="$outdir/$name$suffix${APSARA_SCREENSHOT_SUFFIX:-}.png"
        args=(--sandbox --lang "$lang" "${extra_args[@]}")
        [[ "$name" == "main-window" ]] || args+=(--screenshot-dialog "$name")
        step "$name ($lang) -> ${out#"$APSARA_ROOT"/}"
        # Wait for the first window (the main window), then give the sandbox data and the dialog time to appear.
        if ! bash "$APSARA_ROOT/scripts/screenshot.sh" "$out" --wait "${APSARA_SCREENSHOT_WAIT:-2}" \
            --window-name "${APSARA_SCREENSHOT_WINDOW:-.}" -- "$app" "${args[@]}"; then
            failed+=("$name ($lang)")
        fi
    done
done

if ((${#failed[@]})); then
    echo "screenshots failed: ${failed[*]}" >&2
    exit 1
fi
step "All ${#SHOTS[@]} screenshots in ${#languages[@]} languages are in docs/screenshots/"
