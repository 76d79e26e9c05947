#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Message Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/message-inspector.svg")));
    auto *placeholder = new QLabel(tr("Paste a message id to look it up."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1100, 760);
}
