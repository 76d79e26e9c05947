#!/usr/bin/env bash
# Installs what is missing (apt), then configures and builds. Sourced by run.sh and test.sh; can also run alone.
# Idempotent: with everything installed and built it takes a few seconds.
set -euo pipefail

MI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Debian 12 and Ubuntu 24.04 package names (identical on both). Listed in the README too.
MI_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # LinguistTools: lupdate/lrelease for translations/*.ts
    qt6-multimedia-dev gstreamer1.0-plugins-good  # the player for a call's recording (Qt Multimedia, its GStreamer backend decoding WAV)
    qtkeychain-qt6-dev libsecret-1-0
    libsimdjson-dev zlib1g-dev
    gnome-keyring dbus libsecret-tools
    openssl xvfb xauth fonts-dejavu-core
    desktop-file-utils appstream  # tests/package validates the installed .desktop file and metainfo
    clang libclang-rt-dev
)
# clang and its runtime (libFuzzer, sanitizers; libclang-rt-dev is the version-independent name, on Debian 12
# it pulls libclang-rt-14-dev) build the fuzz preset; gcc's own sanitizer runtime builds the asan preset.

mi_missing_packages() {
    local missing=() p status
    for p in "${MI_PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        [[ "$status" == "install ok installed" ]] || missing+=("$p")
    done
    echo "${missing[@]:-}"
}

mi_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "message-inspector: this set-up script needs Debian 12 or Ubuntu 24.04 (apt). Install these" \
             "packages with your system's package manager, then build with 'cmake --preset dev':" >&2
        echo "  ${MI_PACKAGES[*]}" >&2
        return 1
    fi
    local missing
    missing=$(mi_missing_packages)
    [[ -z "$missing" ]] && return 0
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "message-inspector: these packages are missing and you are not root and sudo is not" \
                 "available:" >&2
            echo "  $missing" >&2
            echo "Ask an administrator to run: apt-get install $missing" >&2
            return 1
        fi
    fi
    echo "message-inspector: installing missing packages: $missing"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Builds a preset into build/<preset>. MI_BUILD_DIR (a developer's own build folder) overrides the dev
# preset's folder; MI_BUILD_TARGETS limits what the dev and asan presets build (the fuzz preset builds only
# the fuzzers).
mi_build_dir() {
    if [[ -n "${MI_BUILD_DIR:-}" && "$1" == dev ]]; then
        (cd "$MI_ROOT" && realpath -m "$MI_BUILD_DIR")
    else
        echo "$MI_ROOT/build/$1"
    fi
}

mi_build() {
    local preset="$1" dir
    dir=$(mi_build_dir "$preset")
    if [[ ! -f "$dir/build.ninja" ]]; then
        cmake --preset "$preset" -S "$MI_ROOT" -B "$dir" >/dev/null
    fi
    local targets=()
    if [[ "$preset" == fuzz ]]; then
        targets=(--target fuzzers)
    elif [[ -n "${MI_BUILD_TARGETS:-}" ]]; then
        targets=(--target ${MI_BUILD_TARGETS})
    fi
    cmake --build "$dir" "${targets[@]}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    mi_install_packages
    mi_build "${1:-dev}"
fi
