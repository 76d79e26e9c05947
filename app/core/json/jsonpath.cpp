#include "json/jsonpath.h"

namespace Json {

namespace {

bool isPlainIdentifier(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('$') || (i > 0 && c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

void appendKeyTo(QString &path, QStringView key)
{
    if (isPlainIdentifier(key)) {
        path += QLatin1Char('.');
        path += key;
        return;
    }
    path += QLatin1String("['");
    for (const QChar c : key) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            path += QLatin1Char('\\');
        path += c;
    }
    path += QLatin1String("']");
}

void appendIndexTo(QString &path, qint64 index)
{
    path += QLatin1Char('[');
    path += QString::number(index);
    path += QLatin1Char(']');
}

QString appendKey(const QString &path, const QString &key)
{
    QString out = path;
    appendKeyTo(out, key);
    return out;
}

QString appendIndex(const QString &path, qint64 index)
{
    QString out = path;
    appendIndexTo(out, index);
    return out;
}

std::optional<QList<PathStep>> parsePath(QStringView path)
{
    if (!path.startsWith(QLatin1Char('$')))
        return std::nullopt;
    QList<PathStep> steps;
    qsizetype i = 1;
    const qsizetype n = path.size();
    while (i < n) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            const qsizetype start = ++i;
            while (i < n && path.at(i) != QLatin1Char('.') && path.at(i) != QLatin1Char('['))
                ++i;
            if (i == start)
                return std::nullopt;
            steps.append(PathStep{path.mid(start, i - start).toString(), -1});
        } else if (c == QLatin1Char('[')) {
            ++i;
            if (i < n && path.at(i) == QLatin1Char('\'')) {
                ++i;
                QString key;
                bool closed = false;
                while (i < n) {
                    const QChar k = path.at(i);
                    if (k == QLatin1Char('\\') && i + 1 < n) {
                        key += path.at(i + 1);
                        i += 2;
                        continue;
                    }
                    if (k == QLatin1Char('\'')) {
                        closed = true;
                        ++i;
                        break;
                    }
                    key += k;
                    ++i;
                }
                if (!closed || i >= n || path.at(i) != QLatin1Char(']'))
                    return std::nullopt;
                ++i;
                steps.append(PathStep{key, -1});
            } else {
                const qsizetype start = i;
                while (i < n && path.at(i).isDigit())
                    ++i;
                if (i == start || i >= n || path.at(i) != QLatin1Char(']'))
                    return std::nullopt;
                bool ok = false;
                const qint64 index = path.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    return std::nullopt;
                ++i;
                steps.append(PathStep{QString(), index});
            }
        } else {
            return std::nullopt;
        }
    }
    return steps;
}

} // namespace Json
