#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The directory the README's test command made for HOME and the XDG dirs (MI_TEST_SANDBOX), or empty when the
// test runs outside it.
QString sandboxDir();

// Files under the sandbox whose bytes contain needle: used to prove a token was written nowhere.
QStringList filesContaining(const QByteArray &needle);

// Absolute path of a file in the source tree, e.g. "tests/data/x.json", relative to the
// root.
QString sourcePath(const QString &relative);

// The bytes of a bundled sample response (resources/samples/<fileName>); a missing sample stops the test run.
QByteArray sampleResponse(const QString &fileName);

// Whether a shared library whose file name starts with name (e.g. "libQt6Multimedia") is mapped into this
// process now (Linux: /proc/self/maps).
bool isLibraryLoaded(const QByteArray &name);

} // namespace TestSupport
