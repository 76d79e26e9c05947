#include "lazyclearbutton.h"

#include <QLineEdit>

#include <memory>

void LazyClearButton::install(QLineEdit *edit)
{
    if (!edit->text().isEmpty()) {
        edit->setClearButtonEnabled(true);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, connection](const QString &text) {
            if (text.isEmpty())
                return;
            edit->setClearButtonEnabled(true);
            QObject::disconnect(*connection);
        });
}
