#!/usr/bin/env bash
# Makes a Debian 12 machine ready and builds Apsara Accounts. Safe to run again: it installs only the Debian
# packages that are missing (none on a second run), then configures and builds incrementally.
#
#   scripts/setup.sh            # preset "dev" (Debug, ccache); CI=true selects preset "ci" (-Werror)
#
# Environment: APSARA_PRESET (dev|ci|release|asan), APSARA_BUILD_DIR (default build/<preset>),
# APSARA_JOBS (default 2), APSARA_SKIP_PACKAGES=1 (do not look at Debian packages at all).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# From ../shared/reference/qt-toolchain.md. libqt6svg6 and a CJK font are runtime pieces that fail silently
# when absent (no SVG icons, tofu instead of Chinese), so they are listed even though nothing links them.
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libgl-dev
    xvfb xauth xdotool imagemagick fonts-wqy-microhei fonts-dejavu-core qt6-translations-l10n
    dbus dbus-x11 gnome-keyring libsecret-tools
    appstream desktop-file-utils
    redis-server redis-tools postgresql postgresql-client mariadb-server mariadb-client libqt6sql6-psql libqt6sql6-mysql
    clang libclang-rt-dev clang-format clang-tidy
    lintian help2man
)

missing_packages() {
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]]; then
            echo "$pkg"
        fi
    done
    # Debian's nodejs/npm packages conflict with a node installed another way (nodesource, nvm), so ask for
    # them only when the commands are not there at all. The sandbox interop test needs both.
    command -v node >/dev/null 2>&1 || echo nodejs
    command -v npm >/dev/null 2>&1 || echo npm
}

install_packages() {
    local -a missing
    mapfile -t missing < <(missing_packages)
    if ((${#missing[@]} == 0)); then
        step "Debian packages: all ${#PACKAGES[@]} required packages are installed, nothing to do"
        return
    fi
    step "Debian packages: installing the ${#missing[@]} missing ones: ${missing[*]}"
    local -a sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "error: installing packages needs root; run this script as root or install sudo" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    run "${sudo[@]}" apt-get update
    run "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local preset build
    preset="$(apsara_preset)"
    build="$(apsara_build_dir)"
    # A new build directory can still hit the ccache of another one when paths are made relative.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$APSARA_ROOT}"
    export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    step "Configuring with preset '$preset' in ${build#"$APSARA_ROOT"/}"
    run cmake -S "$APSARA_ROOT" --preset "$preset" -B "$build"
    step "Building with ${APSARA_JOBS:-2} jobs"
    run cmake --build "$build" --parallel "${APSARA_JOBS:-2}"
    step "Built: $build/app/apsara-accounts and $build/sandbox/apsara-sandbox"
}

main() {
    cd "$APSARA_ROOT"
    if [[ "${APSARA_SKIP_PACKAGES:-}" == "1" ]]; then
        step "Debian packages: skipped (APSARA_SKIP_PACKAGES=1)"
    elif ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        step "Debian packages: no dpkg/apt here; make sure these are installed: ${PACKAGES[*]} nodejs npm"
    else
        install_packages
    fi
    configure_and_build
}

main "$@"
