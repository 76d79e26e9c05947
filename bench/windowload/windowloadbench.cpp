// How the real window copes with a big response: a 10 MB and a 100 MB message body are handed to the window
// (as a lookup's body would be) and a 2 ms timer on the UI thread records the longest gap between its ticks
// — the longest time the window could not react to input. Measured for: showing the body until the Fields
// tree, summary, problems and pretty text are in place; filtering the fields; Expand all. The baseline in the
// same run is QJsonDocument::fromJson on the same bytes, which is the stall a window that parses on the UI
// thread would have before anything else.

#include "appservices.h"
#include "fieldsview.h"
#include "generatedresponse.h"
#include "mainwindow.h"
#include "json/jsonfilterproxymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

namespace {

// Longest gap between ticks of a 2 ms timer while `work` runs and until sender emits signal (no sender: the
// work is synchronous).
struct Stall
{
    qint64 wallMs = 0;
    qint64 longestGapMs = 0;
};

Stall measure(const std::function<void()> &work, QObject *sender, const char *signal)
{
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
    std::optional<QSignalSpy> spy;
    if (sender)
        spy.emplace(sender, signal);
    ticker.start();
    wall.start();
    sinceTick.start();
    work();
    longest = std::max(longest, sinceTick.elapsed()); // the synchronous part counts too
    if (spy && spy->isEmpty())
        spy->wait(120000);
    const qint64 total = wall.elapsed();
    ticker.stop();
    return {total, longest};
}

void row(const char *what, const Stall &stall)
{
    std::printf("  %-34s %10lld %16lld\n", what, static_cast<long long>(stall.wallMs),
                static_cast<long long>(stall.longestGapMs));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir state;

    std::printf(
        "Window load benchmark: wall time and the longest UI-thread stall (gap between 2 ms timer ticks).\n");
    for (const qint64 megabytes : {10, 100}) {
        const QByteArray body = generateResponse(megabytes * 1024 * 1024);
        std::printf("\n%lld MB response (%.1f MiB body)\n", static_cast<long long>(megabytes),
                    double(body.size()) / (1024 * 1024));
        std::printf("  %-34s %10s %16s\n", "step", "wall (ms)", "longest stall (ms)");

        QElapsedTimer baseline;
        baseline.start();
        const QJsonDocument parsed = QJsonDocument::fromJson(body);
        const qint64 baselineMs = baseline.elapsed();
        std::printf("  %-34s %10lld %16lld   (baseline: parsing on the UI thread)\n",
                    "QJsonDocument::fromJson", static_cast<long long>(baselineMs),
                    static_cast<long long>(baselineMs));
        if (parsed.isNull())
            std::printf("  (QJsonDocument could not parse the body)\n");

        AppServices::Options options;
        options.settingsFile = state.filePath(QStringLiteral("bench.ini"));
        options.historyPath = state.filePath(QStringLiteral("bench.sqlite"));
        options.keychainService = QStringLiteral("message-inspector-bench");
        AppServices services(options);
        MainWindowOptions windowOptions;
        windowOptions.settingsFile = options.settingsFile;
        MainWindow window(&services, windowOptions);
        window.resize(1180, 800);
        window.show();
        QCoreApplication::processEvents();

        row("show body (tree, summary, pretty)",
            measure([&] { window.showBody(body, QStringLiteral("bench")); }, &window,
                    SIGNAL(displayFinished())));

        Json::JsonFilterProxyModel *filter = window.filterModel();
        row("filter fields (no match: full scan)",
            measure([&] { window.fieldsView()->filterEdit()->setText(QStringLiteral("zzzz")); }, filter,
                    SIGNAL(searchFinished(int, bool, bool))));
        window.fieldsView()->filterEdit()->clear();
        QSignalSpy cleared(filter, SIGNAL(searchFinished(int, bool, bool)));
        cleared.wait(10000);

        row("expand all", measure([&] { window.fieldsView()->expandAll(); }, nullptr, nullptr));
        window.close();
    }
    return 0;
}
