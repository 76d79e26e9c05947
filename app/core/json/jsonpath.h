#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The JSON-path grammar of the inspector: "$" is the body, ".key" a plain key, "['odd key']" any other key,
// "[3]" an array index. Document::offsetForPath() resolves a path; findings, the tree and diffs print them.
namespace Json {

// One step of a JSON path: a key or an array index.
struct PathStep
{
    QString key;
    qint64 index = -1; // >= 0: array index step
    bool isIndex() const { return index >= 0; }
};

// "$.meta.email.messageIds[3]" → steps. Keys that are not plain identifiers are written ['...'], with a
// backslash before any quote or backslash inside. Returns nullopt for text that is not such a path.
std::optional<QList<PathStep>> parsePath(QStringView jsonPath);
// Appends ".key" or "['odd key']" to a path.
QString appendKey(const QString &path, const QString &key);
QString appendIndex(const QString &path, qint64 index);
// The same, in place: building a path step by step costs its length, not its length times its depth.
void appendKeyTo(QString &path, QStringView key);
void appendIndexTo(QString &path, qint64 index);

} // namespace Json
