#!/usr/bin/env bash
# README command 2: set up (missing Debian packages, configure, build), then run the whole test suite with ctest
# and finish with one line "N passed, N failed". The exit status is ctest's (0 only when everything passed).
# Extra arguments go to ctest, e.g.  scripts/test.sh -L unit   or   scripts/test.sh -R tst_signing
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bash "$APSARA_ROOT/scripts/setup.sh"

preset="$(apsara_preset)"
build="$(apsara_build_dir)"
log="$build/Testing/test-sh.log"
mkdir -p "$build/Testing"

# A test preset always runs in its own build/<preset>, so a build directory of one's own is named directly instead.
where=(--preset "$preset")
[[ -z "${APSARA_BUILD_DIR:-}" ]] || where=(--test-dir "$build")

step "Running the tests (preset '$preset', 2 at a time, at most ${APSARA_TEST_TIMEOUT:-300} s each)"
set +e
LC_ALL=C run ctest "${where[@]}" --output-on-failure -j2 --timeout "${APSARA_TEST_TIMEOUT:-300}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The whole suite also fuzzes every libFuzzer target briefly (clang build of its own; APSARA_FUZZ_SECONDS=0 skips).
fuzzed=0
fuzz_failed=0
if [[ $# -eq 0 && "${APSARA_FUZZ_SECONDS:-15}" != 0 ]]; then
    step "Fuzzing each libFuzzer target for ${APSARA_FUZZ_SECONDS:-15} s (scripts/fuzz.sh; longer: scripts/fuzz.sh 600)"
    fuzzed=1
    APSARA_FUZZ_BUILD_DIR="$build-fuzz" bash "$APSARA_ROOT/scripts/fuzz.sh" "${APSARA_FUZZ_SECONDS:-15}" 2>&1 \
        | tee -a "$log" || fuzz_failed=1
fi

# Style, in CI only (CI=true): clang-tidy on the files changed since the base (scripts/tidy.sh; APSARA_TIDY_BASE picks
# the base), and the clang-format check of every file when format_check is 1. Switch it on only while
# `scripts/format.sh --check` passes on the whole tree: otherwise every CI run fails until someone formats.
format_check=1
styled=0
style_failed=0
if [[ $# -eq 0 && "${CI:-}" == "true" ]]; then
    if ((format_check)); then
        styled=$((styled + 1))
        bash "$APSARA_ROOT/scripts/format.sh" --check 2>&1 | tee -a "$log" || style_failed=$((style_failed + 1))
    fi
    styled=$((styled + 1))
    set +e
    APSARA_BUILD_DIR="$build" bash "$APSARA_ROOT/scripts/tidy.sh" 2>&1 | tee -a "$log"
    tidy_status=${PIPESTATUS[0]}
    set -e
    # 2 = it could not run (no base revision in a shallow clone): said above, not counted as a failure.
    ((tidy_status != 1)) || style_failed=$((style_failed + 1))
fi

# ctest's own summary: "97% tests passed, 1 tests failed out of 35".
summary="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -1)"
if [[ -z "$summary" ]]; then
    echo "ctest ran no tests (exit status $status); see $log" >&2
    echo "0 passed, 0 failed"
    exit $((status == 0 ? 1 : status))
fi
failed="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")"
total="$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")"
failed=$((failed + fuzz_failed + style_failed))
total=$((total + fuzzed + styled))
echo "$((total - failed)) passed, $failed failed"
[[ $fuzz_failed -eq 0 && $style_failed -eq 0 ]] || status=1
exit "$status"
