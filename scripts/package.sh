#!/usr/bin/env bash
# Builds the Debian package: installs what is missing, builds the release preset and runs cpack in it.
# The .deb's path is the last line printed; install it with: sudo apt-get install ./build/release/<that file>
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Packaging tools on top of the build's packages: dpkg-shlibdeps (dpkg-dev) computes Depends from the binaries,
# and CPack uses file(1) to find which installed files are binaries.
MI_PACKAGES+=(dpkg-dev file)
# The package is always the whole release preset, whatever a developer's own build settings say.
unset MI_BUILD_DIR MI_BUILD_TARGETS

mi_install_packages
mi_build release
build_dir=$(mi_build_dir release)

rm -f "$build_dir"/message-inspector_*.deb
(cd "$build_dir" && cpack -G DEB --config CPackConfig.cmake)

debs=("$build_dir"/message-inspector_*.deb)
if [[ ${#debs[@]} -ne 1 || ! -f "${debs[0]}" ]]; then
    echo "message-inspector: cpack did not leave exactly one message-inspector_*.deb in $build_dir" >&2
    exit 1
fi
# An empty Depends would mean dpkg-shlibdeps found no binaries: such a package installs but cannot run.
if ! dpkg-deb --field "${debs[0]}" Depends | grep -q 'libqt6core6'; then
    echo "message-inspector: the package's Depends were not computed from the binaries:" >&2
    dpkg-deb --field "${debs[0]}" Depends >&2
    exit 1
fi
echo "${debs[0]}"
