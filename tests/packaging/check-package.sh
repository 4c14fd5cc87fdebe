#!/usr/bin/env bash
# Packaging test: builds the .deb and .tar.gz from an already built tree with cpack, checks what they contain and
# that the packaged binary starts and reports the project's version.
#   check-package.sh BUILD_DIR VERSION
# cpack works in BUILD_DIR/packaging-test so it never touches packages a developer made in BUILD_DIR itself.
set -euo pipefail

build="$1"
version="$2"
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
    usr/share/doc/apsara-accounts/changelog.gz; do
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
echo "ok: extracted, files agree"

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
