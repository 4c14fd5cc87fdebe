#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined; CMake option APSARA_FUZZ) in a build
# directory of their own and runs each for SECONDS (default 30), after replaying its seed corpus and the inputs of
# past crashes (tests/fuzz/regressions/<target>/). A finding stops with status 1 and names the input to keep.
#
#   scripts/fuzz.sh            # CI: 30 s per target
#   scripts/fuzz.sh 600        # the long run: 10 minutes per target
#   scripts/fuzz.sh 60 fuzz_json_reader fuzz_aliyun_config
#
# APSARA_FUZZ_BUILD_DIR (default build/fuzz) picks the build directory; APSARA_JOBS (default 2) the build jobs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-30}"
shift || true
build="${APSARA_FUZZ_BUILD_DIR:-$root/build/fuzz}"
fuzz_src="$root/tests/fuzz"

echo "==> Configuring the fuzz build in $build (clang++)"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DAPSARA_FUZZ=ON -DAPSARA_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
echo "==> Building the fuzz targets"
cmake --build "$build" --target fuzzers -j "${APSARA_JOBS:-2}"

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(cd "$fuzz_src/corpus" && ls -1)
fi

status=0
for target in "${targets[@]}"; do
    binary="$build/tests/fuzz/$target"
    work="$build/corpus/$target"
    crashes="$build/crashes"
    mkdir -p "$work" "$crashes"
    regressions=()
    [[ -d "$fuzz_src/regressions/$target" ]] && regressions=("$fuzz_src/regressions/$target")
    # Replay first: every seed and every past crash must still run cleanly.
    if ! "$binary" -runs=0 "$fuzz_src/corpus/$target" "${regressions[@]}" >"$build/$target.replay.log" 2>&1; then
        echo "FAIL $target: a seed or regression input fails again; see $build/$target.replay.log" >&2
        status=1
        continue
    fi
    start=$(date +%s)
    if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$crashes/$target-" "$work" "$fuzz_src/corpus/$target" >"$build/$target.log" 2>&1; then
        runs="$(grep -E '^stat::number_of_executed_units' "$build/$target.log" | awk '{print $2}')"
        echo "fuzz $target: $(( $(date +%s) - start )) s, ${runs:-?} runs, no finding"
    else
        echo "FAIL $target: libFuzzer found a crash; the input is in $crashes (see $build/$target.log)." >&2
        echo "     Fix it, then keep the input: cp $crashes/$target-* $fuzz_src/regressions/$target/" >&2
        status=1
    fi
done
exit "$status"
