#pragma once

#include "json/jsondocument.h"

#include <QString>
#include <QVariant>

namespace Json {

// Adds meaning to values the generic tree knows nothing about (type numbers, dates, status badges). The tree
// model asks only for nodes no deeper than maxDepth() (top-level members have depth 1), so a decorator that
// knows a few fixed paths costs nothing on a huge array. Implementations must be thread-safe for const use.
class ValueDecorator
{
public:
    virtual ~ValueDecorator() = default;

    virtual int maxDepth() const = 0;
    // Readable interpretation of the value, e.g. "1 · TYPE_CALL (documented)"; empty when there is none.
    virtual QString decodedValue(const Document &document, const QString &path, qint64 valueOffset) const = 0;
    // A chip for the value (a QVariant holding the caller's badge type), or an invalid QVariant.
    virtual QVariant badge(const Document &document, const QString &path, qint64 valueOffset) const = 0;
};

} // namespace Json
