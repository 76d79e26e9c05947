#!/usr/bin/env bash
# Sets up what is missing, builds, and starts Message Inspector. Arguments are passed to the program,
# e.g. scripts/run.sh ve9EPM428h8vShlRW1KT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
mi_install_packages
mi_build release >/dev/null
exec "$MI_ROOT/build/release/app/message-inspector" "$@"
