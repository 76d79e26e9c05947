#!/usr/bin/env bash
# Runs inside a private D-Bus session: starts a throwaway gnome-keyring, unlocked with a random password,
# exports its PID for the tests that stop it on purpose, then runs the given command.
set -euo pipefail
password=$(head -c 24 /dev/urandom | base64)
# --unlock reads the password from stdin and creates the "login" collection as the default one.
eval "$(printf '%s' "$password" | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
# The password is random and the keyring is deleted with the sandbox; tests use it to unlock the collection
# again after they lock it on purpose.
export MI_TEST_KEYRING_PASSWORD="$password"
unset password
export GNOME_KEYRING_CONTROL
pid=""
for _ in $(seq 50); do
    pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
        | awk '/uint32/ {print $2}') || true
    [[ -n "$pid" ]] && break
    sleep 0.1
done
if [[ -z "$pid" ]]; then
    echo "with-test-keyring: gnome-keyring did not register on the private D-Bus session" >&2
    exit 1
fi
export MI_TEST_KEYRING_PID="$pid"
status=0
"$@" || status=$?
# Never leave a stopped daemon behind: a test may have sent SIGSTOP.
kill -CONT "$pid" 2>/dev/null || true
kill "$pid" 2>/dev/null || true
exit "$status"
