#include "testsupport.h"

#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace TestSupport {

QString sandboxDir()
{
    return qEnvironmentVariable("MI_TEST_SANDBOX");
}

QStringList filesContaining(const QByteArray &needle)
{
    QStringList hits;
    const QString root = sandboxDir();
    if (root.isEmpty() || needle.isEmpty())
        return hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

bool isLibraryLoaded(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QByteArray needle = '/' + name;
    const QList<QByteArray> lines = maps.readAll().split('\n');
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QByteArray &line) { return line.contains(needle); });
}

QString sourcePath(const QString &relative)
{
    QString root = qEnvironmentVariable("MI_SOURCE_DIR");
    if (root.isEmpty())
        root = QStringLiteral(MI_TEST_SOURCE_DIR);
    return root + QLatin1Char('/') + relative;
}

QByteArray sampleResponse(const QString &fileName)
{
    QFile file(sourcePath(QStringLiteral("resources/samples/") + fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("sample %s cannot be read: %s", qPrintable(fileName), qPrintable(file.errorString()));
    return file.readAll();
}

} // namespace TestSupport
