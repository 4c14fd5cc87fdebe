# Shared by the scripts in this folder (sourced, not run): where the repository is, which preset and build
# directory to use, and how to print a step. Every script says what it does before doing it.

APSARA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# CI=true selects the "ci" preset (warnings are errors); anything else the "dev" preset.
# APSARA_PRESET overrides both, APSARA_BUILD_DIR moves the build out of build/<preset>.
apsara_preset() {
    if [[ -n "${APSARA_PRESET:-}" ]]; then
        echo "$APSARA_PRESET"
    elif [[ "${CI:-}" == "true" ]]; then
        echo ci
    else
        echo dev
    fi
}

apsara_build_dir() {
    if [[ -n "${APSARA_BUILD_DIR:-}" ]]; then
        (cd "$APSARA_ROOT" && realpath -m "$APSARA_BUILD_DIR")
    else
        echo "$APSARA_ROOT/build/$(apsara_preset)"
    fi
}

step() {
    printf '==> %s\n' "$*"
}

# Runs a command after printing it, so the log shows exactly what happened.
run() {
    printf '    $ %s\n' "$*"
    "$@"
}
