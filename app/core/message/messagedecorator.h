#pragma once

#include "message/responseshape.h"
#include "json/valuedecorator.h"

#include <QDateTime>
#include <QTimeZone>

// Meaning for the message fields in the tree, wherever the shape puts them: type number → name ("1 ·
// TYPE_CALL (documented)"), dateAdded → local time + relative, meta.callDuration → m:ss, and badges for
// status, direction, meta.callStatus, source and messageType (unknown values included). Thread-safe for const
// use.
class MessageDecorator : public Json::ValueDecorator
{
public:
    MessageDecorator();

    // A fixed "now" for relative dates (tests); an invalid QDateTime means the clock.
    void setNow(const QDateTime &now) { m_now = now; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Where the message is in the document the model shows (the live envelope puts it at $.message, a webhook
    // uses other names). Set before the model is given the document; the default is the documented shape.
    void setShape(const ResponseShape &shape);

    int maxDepth() const override { return m_maxDepth; }
    QString decodedValue(const Json::Document &document, const QString &path,
                         qint64 valueOffset) const override;
    QVariant badge(const Json::Document &document, const QString &path, qint64 valueOffset) const override;

private:
    // The canonical message path ("$.meta.callDuration") a node stands for, or empty.
    QString canonical(const QString &path) const;

    ResponseShape m_shape;
    int m_maxDepth = 3;
    QDateTime m_now;
    QTimeZone m_zone;
};
