#include "counttext.h"

#include <QLocale>

QString countText(qint64 count, const QString &one, const QString &many)
{
    if (count == 1)
        return one;
    return QString(many).arg(QLocale().toString(count));
}
