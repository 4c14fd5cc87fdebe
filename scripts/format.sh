#!/usr/bin/env bash
# Formats the project's C++ sources with clang-format and the repository's .clang-format, or checks them.
#   scripts/format.sh           # rewrites every file clang-format would change (the `format` CMake target)
#   scripts/format.sh --check   # changes nothing; lists each file that is not formatted and exits 1 if any
#                               # (the `format-check` CMake target, and scripts/test.sh under CI=true)
# The files are those git tracks (*.cpp, *.h), so build trees and generated code are never touched. Different
# clang-format versions format a few constructs differently; the reference is Debian 12's clang-format 14.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

mode=fix
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    *)
        echo "usage: scripts/format.sh [--check]" >&2
        exit 2
        ;;
esac

formatter="${CLANG_FORMAT:-clang-format}"
command -v "$formatter" >/dev/null 2>&1 || {
    echo "error: $formatter not found (apt install clang-format, or scripts/setup.sh)" >&2
    exit 2
}
cd "$APSARA_ROOT"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
((${#files[@]} > 0)) || {
    echo "error: git lists no *.cpp or *.h files in $APSARA_ROOT" >&2
    exit 2
}

if [[ "$mode" == fix ]]; then
    step "clang-format -i over ${#files[@]} files ($("$formatter" --version))"
    "$formatter" -i -- "${files[@]}"
    exit 0
fi

step "Checking the format of ${#files[@]} files ($("$formatter" --version))"
unformatted=()
for file in "${files[@]}"; do
    # --dry-run --Werror prints each change as a warning and fails; only the file name is wanted here.
    "$formatter" --dry-run --Werror -- "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if ((${#unformatted[@]} > 0)); then
    printf 'not formatted: %s\n' "${unformatted[@]}" >&2
    echo "${#unformatted[@]} file(s) need clang-format: run scripts/format.sh (or cmake --build <dir> --target format)" >&2
    exit 1
fi
echo "all ${#files[@]} files are formatted"
