#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources of every library (lupdate via the update_translations target),
# then says how much is left to translate. Translate with Qt Linguist:
#   /usr/lib/qt6/bin/linguist translations/apsara-accounts_zh_CN.ts
# The next build compiles the .ts to a .qm and embeds it at :/i18n; apsara-accounts loads it for the system
# locale, or for --lang zh_CN.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

preset="$(apsara_preset)"
build="$(apsara_build_dir)"
step "Configuring with preset '$preset' in ${build#"$APSARA_ROOT"/} (lupdate reads the source list from it)"
run cmake -S "$APSARA_ROOT" --preset "$preset" -B "$build" >/dev/null
# lupdate expands no macro: a string wrapped in a macro of our own never reaches the catalogue.
wrappers="$(cd "$APSARA_ROOT" && grep -nE '^\s*#\s*define\s+\w+\(.*(QT_TR_NOOP|QT_TRANSLATE_NOOP|tr\(|translate\()' \
    -r app ui api models sandbox --include='*.cpp' --include='*.h' || true)"
if [[ -n "$wrappers" ]]; then
    echo "warning: these macros hide their strings from lupdate; write QT_TRANSLATE_NOOP/tr() out instead:" >&2
    echo "$wrappers" >&2
fi
step "Running lupdate over every library's sources"
run cmake --build "$build" --target update_translations

for ts in "$APSARA_ROOT"/translations/*.ts; do
    total="$(grep -c '<source>' "$ts" || true)"
    unfinished="$(grep -c 'type="unfinished"' "$ts" || true)"
    step "${ts#"$APSARA_ROOT"/}: $total messages, $unfinished not translated yet"
done
