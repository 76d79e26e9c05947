#!/usr/bin/env bash
# Renders docs/screenshots/*.png from the real window (offscreen), looking up sample messages on a loopback
# server that answers like HighLevel, inside a private D-Bus session with a throwaway keyring.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mi_install_packages
MI_BUILD_TARGETS="mi-screenshots" mi_build dev
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/mi-shots.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{home,runtime} && chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home" XDG_RUNTIME_DIR="$sandbox/runtime" XDG_CONFIG_HOME="$sandbox/home/.config"
export XDG_DATA_HOME="$sandbox/home/.local/share" QT_QPA_PLATFORM=offscreen TZ="${TZ:-Europe/London}"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash "$MI_ROOT/scripts/with-test-keyring.sh" \
    "$(mi_build_dir dev)/tools/screenshots/mi-screenshots" "${MI_SCREENSHOTS_DIR:-$MI_ROOT/docs/screenshots}"
