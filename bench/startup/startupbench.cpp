// Start-up benchmark: from launching a process to the first paint of its window, for the real MainWindow
// (constructed as main() does, state in a temporary home) and for a bare QMainWindow with a QTreeView
// (mi_bench_startup_bare, which links Qt Widgets only). Runs alternate between the two (and which goes
// first), each in a fresh process; medians are compared. Target (issue 16): MainWindow ≤ 1.25 × the bare
// window.
//
// Each child also prints its own time from main() to the first paint, which leaves out loading the
// executable and its libraries, and when QApplication, the window and show() were done. By hand, --parts
// shows what building each part of the window costs.
#include "appservices.h"
#include "benchwindow.h"
#include "errorbanner.h"
#include "fieldsview.h"
#include "firstpaint.h"
#include "historyview.h"
#include "httpview.h"
#include "lookupbar.h"
#include "mainwindow.h"
#include "problemsview.h"
#include "rawjsonview.h"
#include "summarycard.h"
#include "watchpanel.h"

#include "api/highlevelclient.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QToolButton>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString keychainService = QStringLiteral("message-inspector-startup-bench");

struct Run
{
    double launchToPaintMs = -1;     // measured by this process
    double mainToPaintMs = -1;       // measured by the child
    QMap<QByteArray, double> stages; // the child's marks: ms since its main() at "app", "window", "shown"
};

Run launch(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    Run run;
    QByteArray out;
    while (child.waitForReadyRead(30000)) {
        out += child.readAllStandardOutput();
        if (out.contains('\n')) {
            run.launchToPaintMs = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    child.waitForFinished(30000);
    const QList<QByteArray> fields = out.trimmed().split(' ');
    if (fields.size() >= 2 && fields[0] == "painted") {
        run.mainToPaintMs = fields[1].toDouble();
        for (const QByteArray &field : fields.mid(2)) {
            const QList<QByteArray> pair = field.split('=');
            if (pair.size() == 2)
                run.stages.insert(pair[0], pair[1].toDouble());
        }
    } else {
        run.launchToPaintMs = -1;
    }
    return run;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int runMainWindow(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QByteArray stages;
    FirstPaint::mark(stages, "app", sinceMain);
    QCoreApplication::setApplicationName(QStringLiteral("message-inspector"));
    QCoreApplication::setOrganizationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationDisplayName(QStringLiteral("Message Inspector"));
    const QString state = qEnvironmentVariable("MI_BENCH_STATE");
    // As main() does: the services first, then the window on them.
    AppServices services(BenchWindow::servicesOptions(state, QStringLiteral("settings"), keychainService));
    FirstPaint::mark(stages, "services", sinceMain);
    MainWindow window(&services, BenchWindow::windowOptions(state, QStringLiteral("settings")));
    window.resize(1180, 800);
    FirstPaint::mark(stages, "window", sinceMain);
    FirstPaint firstPaint(&window, sinceMain);
    window.show();
    FirstPaint::mark(stages, "shown", sinceMain);
    firstPaint.stages = stages;
    return app.exec();
}

// What the MainWindow's parts cost to build, each on its own (by hand: --parts, after QApplication): where
// its start-up time goes.
int runParts(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir state;
    QElapsedTimer timer;
    auto part = [&](const char *name, const std::function<void()> &build) {
        timer.start();
        build();
        std::printf("  %-28s %7.2f ms\n", name, double(timer.nsecsElapsed()) / 1e6);
    };
    QWidget parent;
    std::printf(
        "Building each part of the window once (the first of a kind pays for its class's statics):\n");
    part("TokenStore + TokenVault", [&] {
        auto *store = new TokenStore(QStringLiteral("message-inspector-startup-bench"), &parent);
        new TokenVault(store, &parent);
    });
    part("ProfileStore", [&] { new ProfileStore(state.filePath(QStringLiteral("settings.ini")), &parent); });
    part("LookupHistory",
         [&] { new LookupHistory(state.filePath(QStringLiteral("history.sqlite")), &parent); });
    part("HighLevelClient", [&] { new HighLevelClient(&parent); });
    part("Qt's first widgets (baseline)", [&] {
        new QLineEdit(&parent);
        new QComboBox(&parent);
        new QToolButton(&parent);
        new QLabel(QStringLiteral("x"), &parent);
    });
    part("LookupBar", [&] { new LookupBar(&parent); });
    part("ErrorBanner", [&] { new ErrorBanner(&parent); });
    part("SummaryCard", [&] { new SummaryCard(&parent); });
    part("HttpView", [&] { new HttpView(&parent); });
    part("RawJsonView", [&] { new RawJsonView(&parent); });
    part("FieldsView", [&] { new FieldsView(&parent); });
    part("ProblemsView", [&] { new ProblemsView(&parent); });
    const AppServices::Options serviceOptions =
        BenchWindow::servicesOptions(state.path(), QStringLiteral("parts"), keychainService);
    AppServices *services = nullptr;
    part("AppServices", [&] { services = new AppServices(serviceOptions, &parent); });
    part("WatchPanel", [&] { new WatchPanel(services->session(), &parent); });
    part("HistoryView", [&] { new HistoryView(services->history(), &parent); });
    part("whole MainWindow",
         [&] { BenchWindow made(state.path(), QStringLiteral("whole"), keychainService); });
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--child") == 0)
        return runMainWindow(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--parts") == 0)
        return runParts(argc, argv);

    QCoreApplication app(argc, argv);
    const int pairs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 15;
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The window's settings, history and any cache go to a throwaway home.
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QString::fromLatin1(name), home.path());
    environment.insert(QStringLiteral("MI_BENCH_STATE"), home.path());
    if (!environment.contains(QStringLiteral("DISPLAY")) &&
        !environment.contains(QStringLiteral("WAYLAND_DISPLAY")) &&
        !environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString self = QCoreApplication::applicationFilePath();
    const QString bare =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mi_bench_startup_bare"));

    std::printf("Start-up benchmark: launch to first paint, %d interleaved runs each (platform: %s).\n",
                pairs,
                qPrintable(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("default"))));
    // One warm-up of each, so the first measured run does not pay for a cold page cache.
    launch(bare, {}, environment);
    launch(self, {QStringLiteral("--child")}, environment);
    QList<double> bareLaunch, bareMain, mainLaunch, mainMain;
    QMap<QByteArray, QList<double>> bareStages, mainStages;
    int failures = 0;
    for (int i = 0; i < pairs; ++i) {
        for (int k = 0; k < 2; ++k) {
            const bool mainFirst = i % 2 == 1;
            const bool doMain = (k == 0) == mainFirst;
            const Run run = doMain ? launch(self, {QStringLiteral("--child")}, environment)
                                   : launch(bare, {}, environment);
            if (run.launchToPaintMs < 0) {
                ++failures;
                continue;
            }
            (doMain ? mainLaunch : bareLaunch) << run.launchToPaintMs;
            (doMain ? mainMain : bareMain) << run.mainToPaintMs;
            for (auto it = run.stages.cbegin(); it != run.stages.cend(); ++it)
                (doMain ? mainStages : bareStages)[it.key()] << it.value();
        }
    }
    const double bareMedian = median(bareLaunch);
    const double mainMedian = median(mainLaunch);
    std::printf("  %-34s %14s %14s\n", "window", "launch→paint", "main()→paint");
    std::printf("  %-34s %11.1f ms %11.1f ms\n", "bare QMainWindow + QTreeView", bareMedian,
                median(bareMain));
    std::printf("  %-34s %11.1f ms %11.1f ms\n", "MainWindow", mainMedian, median(mainMain));
    // Where the time goes inside each child (medians, ms since its main()).
    std::printf(
        "  inside the bare window: QApplication %.1f, window built %.1f, shown %.1f, painted %.1f ms\n",
        median(bareStages.value("app")), median(bareStages.value("window")),
        median(bareStages.value("shown")), median(bareMain));
    std::printf("  inside MainWindow:      QApplication %.1f, services %.1f, window built %.1f, shown %.1f, "
                "painted %.1f "
                "ms\n",
                median(mainStages.value("app")), median(mainStages.value("services")),
                median(mainStages.value("window")), median(mainStages.value("shown")), median(mainMain));
    if (bareMedian > 0 && mainMedian > 0)
        std::printf("  ratio (medians, launch→paint): %.2f (target ≤ 1.25: %s); main()→paint: %.2f\n",
                    mainMedian / bareMedian, mainMedian <= 1.25 * bareMedian ? "met" : "NOT met",
                    median(mainMain) / std::max(0.001, median(bareMain)));
    if (failures)
        std::printf("  %d runs failed (no paint within 30 s)\n", failures);
    return failures == 0 ? 0 : 1;
}
