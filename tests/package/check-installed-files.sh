#!/usr/bin/env bash
# Usage: check-installed-files.sh <cmake> <build dir> <staging dir> <project version>
# Installs the build with prefix /usr into <staging dir> (DESTDIR), the way cpack does for the .deb, then checks
# the installed files. Every failure says what is wrong and the script exits 1.
set -euo pipefail

cmake_command="$1" build_dir="$2" staging="$3" version="$4"
app_id=io.github.message_inspector.MessageInspector
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

missing_tools=()
command -v desktop-file-validate >/dev/null 2>&1 || missing_tools+=("desktop-file-validate (Debian package desktop-file-utils)")
command -v appstreamcli >/dev/null 2>&1 || missing_tools+=("appstreamcli (Debian package appstream)")
if ((${#missing_tools[@]})); then
    for tool in "${missing_tools[@]}"; do
        echo "FAIL: $tool is not installed, so the installed files cannot be validated." >&2
    done
    echo "Run 'bash scripts/setup.sh' (it installs both) or: apt-get install desktop-file-utils appstream" >&2
    exit 1
fi

rm -rf "$staging"
if ! DESTDIR="$staging" "$cmake_command" --install "$build_dir" --prefix /usr >"$staging.log" 2>&1; then
    cat "$staging.log" >&2
    echo "FAIL: cmake --install of $build_dir failed (is everything built?)" >&2
    exit 1
fi

desktop_file="$staging/usr/share/applications/$app_id.desktop"
metainfo_file="$staging/usr/share/metainfo/$app_id.metainfo.xml"
icon_file="$staging/usr/share/icons/hicolor/scalable/apps/$app_id.svg"

for binary in message-inspector message-inspector-cli; do
    [[ -x "$staging/usr/bin/$binary" ]] || fail "/usr/bin/$binary is not installed (or not executable)"
done
for file in "$desktop_file" "$metainfo_file" "$icon_file"; do
    [[ -s "$file" ]] || fail "${file#"$staging"} is not installed (or empty)"
done
if ((failures)); then
    echo "Installed files:" >&2
    (cd "$staging" && find . -type f | sort) >&2
    exit 1
fi

# desktop-file-validate exits 0 on hints; a clean file prints nothing, so any output counts as a failure.
desktop_report=$(desktop-file-validate "$desktop_file" 2>&1) || fail "desktop-file-validate rejected the .desktop file"
if [[ -n "$desktop_report" ]]; then
    echo "$desktop_report" >&2
    fail "desktop-file-validate reported problems in ${desktop_file#"$staging"}"
fi

# --no-net: the suite never reaches the network (the validator would otherwise fetch the homepage URL).
# Errors and warnings fail the validation (exit code); infos and pedantic hints are printed for the log.
appstreamcli validate --no-net "$metainfo_file" || fail "appstreamcli validate rejected ${metainfo_file#"$staging"}"
# validate-tree also checks the metainfo against the installed .desktop file and icon, as a software centre would.
appstreamcli validate-tree --no-net "$staging" || fail "appstreamcli validate-tree rejected the installed tree"

# What the validators do not compare: the names that tie the three files and the binary together.
desktop_value() { sed -n "s/^$1=//p" "$desktop_file" | head -n 1; }
icon_name=$(desktop_value Icon)
[[ "$icon_name" == "$app_id" ]] || fail "the .desktop Icon= is '$icon_name', but the installed icon is $app_id.svg"
exec_binary=$(desktop_value Exec | cut -d ' ' -f 1)
[[ -x "$staging/usr/bin/$exec_binary" ]] || fail "the .desktop Exec= starts '$exec_binary', which is not in /usr/bin"
grep -q "<id>$app_id</id>" "$metainfo_file" || fail "the metainfo <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo_file" ||
    fail "the metainfo <launchable> does not name the installed $app_id.desktop"
newest_release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo_file" | head -n 1)
[[ "$newest_release" == "$version" ]] ||
    fail "the metainfo's newest <release> is '$newest_release' but the project version is $version"
grep -q '<content_rating type="oars-1.1"' "$metainfo_file" || fail "the metainfo has no OARS content rating"

if ((failures)); then
    echo "$failures check(s) failed." >&2
    exit 1
fi
echo "Installed files: binaries, .desktop, icon and metainfo present; desktop-file-validate and appstreamcli validate pass."
