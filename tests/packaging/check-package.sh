#!/usr/bin/env bash
# Packaging test: builds the .deb and .tar.gz from an already built tree with cpack, checks what they contain and
# that the packaged binary starts and reports the project's version; lintian finds no error or warning but those
# the README lists with their reason; in a hardened build (release preset) no hardening tag at all. Under CI=true
# as root it also installs the .deb with dpkg, runs the installed program and removes the package again.
#   check-package.sh BUILD_DIR VERSION SOURCE_DIR
# cpack works in BUILD_DIR/packaging-test so it never touches packages a developer made in BUILD_DIR itself.
set -euo pipefail

build="$1"
version="$2"
source_dir="$3"
work="$build/packaging-test"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for target in app/apsara-accounts sandbox/apsara-sandbox; do
    [[ -x "$build/$target" ]] || fail "$build/$target is missing: build everything before running the tests"
done

rm -rf "$work"
mkdir -p "$work"
echo "== cpack -G DEB;TGZ into $work"
(cd "$build" && cpack -G "DEB;TGZ" -B "$work" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"
    fail "cpack failed"
}

deb="$(ls "$work"/apsara-accounts_"$version"_*.deb 2>/dev/null | head -1)"
[[ -n "$deb" ]] || fail "no apsara-accounts_${version}_*.deb in $work ($(ls "$work"))"
echo "== $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' >"$work/contents.txt"
for path in usr/bin/apsara-accounts \
    usr/bin/apsara-sandbox \
    usr/share/applications/apsara-accounts.desktop \
    usr/share/metainfo/io.github.apsara_accounts.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/apsara-accounts.svg \
    usr/share/doc/apsara-accounts/copyright \
    usr/share/doc/apsara-accounts/changelog.gz \
    usr/share/man/man1/apsara-accounts.1.gz \
    usr/share/man/man1/apsara-sandbox.1.gz; do
    grep -qx "$path" "$work/contents.txt" || fail "the .deb has no $path; it has: $(tr '\n' ' ' <"$work/contents.txt")"
    echo "ok: contains $path"
done
if grep -q '^usr/bin/tst_' "$work/contents.txt"; then
    fail "test executables leaked into the package"
fi

[[ "$(dpkg-deb -f "$deb" Package)" == "apsara-accounts" ]] || fail "package name is $(dpkg-deb -f "$deb" Package)"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version" ]] || fail "package version is $(dpkg-deb -f "$deb" Version)"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
# libqt6svg6 is the hand-written one (plugins are dlopened); libqt6core6 proves dpkg-shlibdeps ran.
for dep in libqt6svg6 libqt6core6 libqt6widgets6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep"
done
recommends="$(dpkg-deb -f "$deb" Recommends)"
[[ "$recommends" == *"gnome-keyring | kwalletmanager"* ]] || fail "Recommends lacks gnome-keyring: $recommends"
echo "ok: control fields"

# The desktop file's icon must be the icon the package installs, and the metainfo must launch that desktop file.
root="$work/root"
dpkg-deb -x "$deb" "$root"
grep -qx "Icon=apsara-accounts" "$root/usr/share/applications/apsara-accounts.desktop" || fail "desktop Icon= mismatch"
grep -q '<launchable type="desktop-id">apsara-accounts.desktop</launchable>' \
    "$root/usr/share/metainfo/io.github.apsara_accounts.metainfo.xml" || fail "metainfo launchable mismatch"
case "$(file -b "$root/usr/bin/apsara-accounts")" in
    *"not stripped"*) fail "usr/bin/apsara-accounts is not stripped (CPACK_STRIP_FILES)" ;;
esac
# The man pages come from --help, so each names an option only that program has.
zcat "$root/usr/share/man/man1/apsara-accounts.1.gz" | grep -q -- 'sandbox' || fail "apsara-accounts.1 lacks --sandbox"
zcat "$root/usr/share/man/man1/apsara-sandbox.1.gz" | grep -q -- 'fault' || fail "apsara-sandbox.1 lacks --fault-rate"
echo "ok: extracted, files agree, man pages made from --help"

tgz="$(ls "$work"/apsara-accounts-"$version"-*.tar.gz 2>/dev/null | head -1)"
[[ -n "$tgz" ]] || fail "no apsara-accounts-${version}-*.tar.gz in $work"
# Listed to a file first: grep -q stopping early would kill tar with SIGPIPE and fail the pipeline.
tar -tzf "$tgz" >"$work/tgz-contents.txt"
grep -q '/bin/apsara-accounts$' "$work/tgz-contents.txt" || fail "the .tar.gz has no bin/apsara-accounts"
echo "ok: $(basename "$tgz") contains bin/apsara-accounts"

echo "== $root/usr/bin/apsara-accounts --version"
set +e
output="$(QT_QPA_PLATFORM=offscreen timeout 20 "$root/usr/bin/apsara-accounts" --version 2>&1)"
status=$?
set -e
echo "$output"
[[ $status -eq 0 ]] || fail "apsara-accounts --version exited with $status"
grep -q "$version" <<<"$output" || fail "apsara-accounts --version does not print $version"
echo "ok: the packaged binary starts and reports $version"

# lintian: every error or warning must be one the README allows, between its "lintian-allowed" markers, as lines
# "- `tag`: reason". In a hardened build the hardening-* tags (info level) must be absent or allowed there too.
if ! command -v lintian >/dev/null 2>&1; then
    [[ "${CI:-}" != "true" ]] || fail "lintian is not installed (scripts/setup.sh installs it)"
    echo "SKIP: lintian is not installed (apt install lintian); CI=true makes this a failure"
else
    allowed="$(sed -n '/<!-- lintian-allowed: begin -->/,/<!-- lintian-allowed: end -->/p' "$source_dir/README.md" \
        | sed -n 's/^- `\([a-z0-9-]*\)`: .*/\1/p')"
    echo "== lintian --pedantic -I $(basename "$deb") (allowed by the README: ${allowed:-none})"
    # lintian exits non-zero for its own reasons (e.g. when run as root it only warns); the tags decide.
    lintian --pedantic -I --tag-display-limit 0 "$deb" 2>&1 | grep -v 'running with root privileges' \
        | tee "$work/lintian.txt" || true
    hardened="$(sed -n 's/^APSARA_HARDENING:BOOL=//p' "$build/CMakeCache.txt")"
    bad=""
    while read -r level _ tag _; do
        case "$level" in
            E: | W:) grep -qx -- "$tag" <<<"$allowed" || bad+=" $tag" ;;
            *) [[ "$hardened" != "ON" || "$tag" != hardening-* ]] || grep -qx -- "$tag" <<<"$allowed" || bad+=" $tag" ;;
        esac
    done <"$work/lintian.txt"
    [[ -z "$bad" ]] || fail "lintian tags the README does not allow:$bad"
    echo "ok: lintian finds nothing the README does not allow${hardened:+ (hardened build: $hardened)}"
fi

# The hardening itself, seen in the binaries rather than trusted from lintian: full RELRO (BIND_NOW + GNU_RELRO),
# PIE, the stack protector, and every compile command with _FORTIFY_SOURCE=2.
if [[ "$(sed -n 's/^APSARA_HARDENING:BOOL=//p' "$build/CMakeCache.txt")" == "ON" ]]; then
    for program in apsara-accounts apsara-sandbox; do
        binary="$root/usr/bin/$program"
        # Into variables first: grep -q stopping early would kill readelf with SIGPIPE and fail the pipeline.
        dynamic="$(readelf -dW "$binary")"
        segments="$(readelf -hlW "$binary")"
        symbols="$(readelf --dyn-syms -W "$binary")"
        grep -Eq 'BIND_NOW|FLAGS.*NOW' <<<"$dynamic" || fail "$program is not linked with -z now"
        grep -q GNU_RELRO <<<"$segments" || fail "$program has no RELRO segment"
        grep -q 'DYN (' <<<"$segments" || fail "$program is not a position independent executable"
        grep -q __stack_chk_fail <<<"$symbols" || fail "$program has no stack protector"
    done
    unfortified="$(grep -c '"command"' "$build/compile_commands.json")"
    fortified="$(grep '"command"' "$build/compile_commands.json" | grep -c -- '-D_FORTIFY_SOURCE=2')"
    # Qt's generated sources (moc, rcc) are compiled with our flags too, so every command must carry it.
    [[ "$fortified" -eq "$unfortified" ]] || fail "only $fortified of $unfortified compile commands use _FORTIFY_SOURCE=2"
    echo "ok: hardened: -z relro -z now, PIE, stack protector, _FORTIFY_SOURCE=2 in all $fortified compile commands"
fi

# Installing needs root and changes the machine, so only on a CI machine (thrown away afterwards), and never over
# an apsara-accounts that is already installed there.
if [[ "${CI:-}" != "true" || $EUID -ne 0 ]]; then
    echo "SKIP: dpkg -i (only with CI=true as root)"
    exit 0
fi
if [[ "$(dpkg-query -W -f='${db:Status-Status}' apsara-accounts 2>/dev/null)" == "installed" ]]; then
    echo "SKIP: dpkg -i (apsara-accounts is already installed here; not replacing it)"
    exit 0
fi
trap 'dpkg -r apsara-accounts >/dev/null 2>&1 || true' EXIT
echo "== dpkg -i $(basename "$deb")"
dpkg -i "$deb" || fail "dpkg -i failed (are the dependencies installed? scripts/setup.sh installs them)"
set +e
installed="$(QT_QPA_PLATFORM=offscreen timeout 20 /usr/bin/apsara-accounts --version 2>&1)"
status=$?
set -e
echo "$installed"
[[ $status -eq 0 ]] || fail "the installed apsara-accounts --version exited with $status"
grep -q "$version" <<<"$installed" || fail "the installed apsara-accounts --version does not print $version"
man -w apsara-sandbox >/dev/null 2>&1 || [[ -f /usr/share/man/man1/apsara-sandbox.1.gz ]] \
    || fail "man apsara-sandbox finds no page"
dpkg -r apsara-accounts || fail "dpkg -r apsara-accounts failed"
trap - EXIT
[[ ! -e /usr/bin/apsara-accounts ]] || fail "dpkg -r left /usr/bin/apsara-accounts behind"
echo "ok: dpkg -i installs it, the installed apsara-accounts reports $version, dpkg -r removes it"
