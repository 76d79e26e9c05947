#!/usr/bin/env bash
# Sets up what is missing, builds, and runs every test with ctest inside a private world: a temporary HOME and
# XDG dirs, a private D-Bus session holding an unlocked throwaway gnome-keyring, and the offscreen platform.
# No test can touch the user's own keychain, settings or history. Extra arguments go to ctest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mi_install_packages
mi_build dev

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/mi-test.XXXXXX")
cleanup() { rm -rf "$sandbox"; }
trap cleanup EXIT
mkdir -p "$sandbox"/{home,config,data,cache,state,runtime}
chmod 700 "$sandbox/runtime"

export HOME="$sandbox/home"
export XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" XDG_CACHE_HOME="$sandbox/cache"
export XDG_STATE_HOME="$sandbox/state" XDG_RUNTIME_DIR="$sandbox/runtime"
export QT_QPA_PLATFORM=offscreen
export MI_TEST_SANDBOX="$sandbox"
unset HIGHLEVEL_TOKEN DISPLAY WAYLAND_DISPLAY
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

exec dbus-run-session -- bash "$MI_ROOT/scripts/with-test-keyring.sh" \
    ctest --test-dir "$(mi_build_dir dev)" --output-on-failure --timeout 300 -j "$(nproc)" "$@"
