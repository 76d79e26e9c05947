#include "counttext.h"

#include <QCoreApplication>
#include <QLocale>

QString countText(const char *context, qint64 count, const char *one, const char *many)
{
    if (count == 1)
        return QCoreApplication::translate(context, one);
    return QCoreApplication::translate(context, many).arg(QLocale().toString(count));
}
