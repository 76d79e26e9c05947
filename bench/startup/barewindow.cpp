// The baseline of the start-up benchmark: a bare QMainWindow with a QTreeView, as any Qt application starts.
#include "firstpaint.h"

#include <QMainWindow>
#include <QStandardItemModel>
#include <QTreeView>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QByteArray stages;
    FirstPaint::mark(stages, "app", sinceMain);
    QMainWindow window;
    auto *tree = new QTreeView(&window);
    auto *model = new QStandardItemModel(0, 3, &window);
    model->setHorizontalHeaderLabels(
        {QStringLiteral("Key"), QStringLiteral("Value"), QStringLiteral("Type")});
    tree->setModel(model);
    window.setCentralWidget(tree);
    window.resize(1180, 800);
    FirstPaint::mark(stages, "window", sinceMain);
    FirstPaint firstPaint(&window, sinceMain);
    window.show();
    FirstPaint::mark(stages, "shown", sinceMain);
    firstPaint.stages = stages;
    return app.exec();
}
