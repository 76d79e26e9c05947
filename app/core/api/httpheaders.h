#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

// HTTP header fields in the order they were sent or received. A list, not a map: order and repeated names are
// part of what a developer inspecting a response needs to see.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

namespace HttpHeaderList {

// The value of the first field named `name` (case-insensitive), or a null QByteArray when there is none.
inline QByteArray firstValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

inline bool contains(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &field : headers) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace HttpHeaderList
