#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Message Inspector"));
    QApplication::setOrganizationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(MI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.message_inspector.MessageInspector"));

    MainWindow window;
    window.show();
    return app.exec();
}
