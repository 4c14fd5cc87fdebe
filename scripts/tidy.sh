#!/usr/bin/env bash
# Runs clang-tidy (checks in .clang-tidy, every warning an error) on the C++ files changed since a base revision.
#   scripts/tidy.sh [BASE]      # BASE defaults to $APSARA_TIDY_BASE, else origin/main, else HEAD~1
# A changed .cpp is checked itself (not when the change is only formatting); a changed .h is checked through the
# .cpp files of the project that include it, and its own warnings count too (--header-filter names exactly the
# changed headers). Files under tests/fuzz are left out: they build only with the clang fuzz preset. Needs a built
# build directory (compile_commands.json and the Qt moc files; scripts/setup.sh makes one; APSARA_BUILD_DIR picks it).
# Exit status: 0 clean or nothing to check, 1 clang-tidy found something, 2 cannot run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$APSARA_ROOT"

tidy="${CLANG_TIDY:-clang-tidy}"
command -v "$tidy" >/dev/null 2>&1 || {
    echo "error: $tidy not found (apt install clang-tidy)" >&2
    exit 2
}
build="$(apsara_build_dir)"
[[ -f "$build/compile_commands.json" ]] || {
    echo "error: no $build/compile_commands.json; configure and build first (scripts/setup.sh)" >&2
    exit 2
}

base="${1:-${APSARA_TIDY_BASE:-}}"
if [[ -z "$base" ]]; then
    if git rev-parse -q --verify origin/main >/dev/null; then
        base="$(git merge-base origin/main HEAD)"
    else
        base="HEAD~1"
    fi
fi
git rev-parse -q --verify "$base^{commit}" >/dev/null || {
    echo "error: base revision '$base' is not in this clone (a shallow clone? fetch more history)" >&2
    exit 2
}

mapfile -t candidates < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.cpp' '*.h' | grep -v '^tests/fuzz/' || true)
# A file whose change is only formatting (the same after clang-format on both sides) is not changed code: a
# whole-tree `scripts/format.sh` commit must not make the next CI run tidy every file.
changed=()
for file in "${candidates[@]}"; do
    if command -v clang-format >/dev/null 2>&1 && git cat-file -e "$base:$file" 2>/dev/null \
        && cmp -s <(git show "$base:$file" | clang-format --assume-filename="$file") <(clang-format "$file"); then
        continue
    fi
    changed+=("$file")
done
sources=()
headers=()
for file in "${changed[@]}"; do
    case "$file" in
        *.cpp) sources+=("$file") ;;
        *.h)
            headers+=("$file")
            # Every tracked .cpp that includes this header by name checks it.
            while IFS= read -r user; do
                sources+=("$user")
            done < <(git grep -l --fixed-strings "#include \"$(basename "$file")\"" -- '*.cpp' | grep -v '^tests/fuzz/' || true)
            ;;
    esac
done
mapfile -t sources < <(printf '%s\n' "${sources[@]}" | sort -u | sed '/^$/d')
if ((${#sources[@]} == 0)); then
    step "clang-tidy: no C++ file changed since $base"
    exit 0
fi

filter='^$'
if ((${#headers[@]} > 0)); then
    filter="($(printf '%s\n' "${headers[@]}" | sed 's/[.]/\\./g' | paste -sd'|'))\$"
fi
step "clang-tidy on ${#sources[@]} file(s) changed since $(git rev-parse --short "$base") ($("$tidy" --version | grep -m1 version))"
failed=0
for file in "${sources[@]}"; do
    printf '    %s\n' "$file"
    "$tidy" -p "$build" --quiet --header-filter="$filter" "$file" 2>/dev/null || failed=1
done
if ((failed)); then
    echo "clang-tidy found problems (above); fix them, or say in the code why a check does not apply (NOLINT(check))" >&2
    exit 1
fi
echo "clang-tidy: ${#sources[@]} file(s) clean"
