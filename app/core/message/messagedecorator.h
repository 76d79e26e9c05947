#pragma once

#include "json/valuedecorator.h"

#include <QDateTime>
#include <QTimeZone>

// Meaning for the documented message fields in the tree: type number → name ("1 · TYPE_CALL (documented)"),
// dateAdded → local time + relative, meta.callDuration → m:ss, and badges for status, direction,
// meta.callStatus, source and messageType (unknown values included). Thread-safe for const use.
class MessageDecorator : public Json::ValueDecorator
{
public:
    MessageDecorator();

    // A fixed "now" for relative dates (tests); an invalid QDateTime means the clock.
    void setNow(const QDateTime &now) { m_now = now; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    int maxDepth() const override { return 2; }
    QString decodedValue(const Json::Document &document, const QString &path,
                         qint64 valueOffset) const override;
    QVariant badge(const Json::Document &document, const QString &path, qint64 valueOffset) const override;

private:
    QDateTime m_now;
    QTimeZone m_zone;
};
