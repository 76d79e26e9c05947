# Packaging: `cpack -G DEB` in a configured build folder (bash scripts/package.sh does it from the release preset)
# makes message-inspector_<version>-<release>_<arch>.deb from the install() rules of app/, app/cli/, ui/playback/
# (the call player's module) and resources/.
# Version, synopsis and homepage come from project(), so they cannot drift from the build.

# The project publishes no contact address yet, so the default is a placeholder in the reserved .invalid domain
# rather than someone's real mailbox; a build that is handed out sets -DMI_PACKAGE_MAINTAINER="Name <address>".
set(MI_PACKAGE_MAINTAINER "Message Inspector maintainers <maintainers@message-inspector.invalid>"
    CACHE STRING "Maintainer field of the .deb (Name <email>)")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "message-inspector")
set(CPACK_PACKAGE_VENDOR "Message Inspector")
set(CPACK_PACKAGE_CONTACT "${MI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# Debian's synopsis line: the project's one-line description (under 80 characters, no final full stop).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the extended description wrapped to fit 80 columns; CPack copies the lines as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Paste a message id and see whether it was inbound or outbound, delivered or\n"
    "failed, when, to whom and what it said - and, for developers, exactly what the\n"
    "server sent: fields in the server's order, raw bytes, HTTP headers and where\n"
    "the response disagrees with the documented schema.\n"
    "\n"
    "The package holds the desktop window (message-inspector) and the command-line\n"
    "companion for scripts and CI (message-inspector-cli). Tokens are kept in the\n"
    "desktop's keychain through the Secret Service.")
# A packaged binary carries no symbol table; debugging uses the dev preset.
set(CPACK_STRIP_FILES TRUE)

# The binaries link only system libraries, which the loader finds in the standard places; the $ORIGIN run path
# that qt_standard_project_setup() gives installed binaries is for private libraries, which this project has none
# of, and Debian policy asks packages not to set one.
set_target_properties(message-inspector message-inspector-cli mi_playback PROPERTIES INSTALL_RPATH "")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
# The libraries the binaries link come from dpkg-shlibdeps (dpkg-dev); CPack appends them to the list below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What no linker sees: Qt loads the SQLite driver (history and profiles) and the SVG icon engine (every icon is
# an SVG) as plugins, and QtKeychain loads libsecret at run time, so none shows up in the binaries' dynamic
# section.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, libsecret-1-0")
# The keychain itself: any Secret Service provider on the desktop's session bus. Without one the program still
# works with a session-only token, so it is a recommendation rather than a dependency. GStreamer's good plugins
# let the call player decode a recording; without them the player says so and Save… still works.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | keepassxc | kwalletmanager, gstreamer1.0-plugins-good")

include(CPack)
