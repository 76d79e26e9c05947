// How the real window copes with a big response: a 10 MB and a 100 MB message body are handed to the window
// (as a lookup's body would be) and a 2 ms timer on the UI thread records the longest gap between its ticks
// — the longest time the window could not react to input. Each step is measured from the action until its
// completion signal, and then for a settling time (layouts and paints that follow). Steps:
//   show body               until the Fields tree, summary, problems and pretty text are in place
//   filter, no match        a text found nowhere: the search walks the whole document
//   filter to a deep match  one id near the end of a 3.7-million-item array: the way to it is fetched and
//                           opened (expand to the match)
//   find in Raw             the Raw JSON tab, Ctrl+F for a text in the last id
//   switch tabs             each tab once, painted
//   expand all              the Fields tree's Expand all
// The baseline in the same run is QJsonDocument::fromJson on the same bytes: the stall a window that parses
// on the UI thread would have before anything else. Target (issue 16): every step's stall ≤ 30 ms.

#include "benchwindow.h"
#include "fieldsview.h"
#include "generatedresponse.h"
#include "mainwindow.h"
#include "rawjsonview.h"
#include "json/jsonfilterproxymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <cstdio>
#include <functional>
#include <optional>

namespace {

// Names the longest single event delivery on the UI thread (receiver class, object name, event type): where a
// stall comes from, without a profiler. Nested deliveries count in their outermost one.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer timer;
        timer.start();
        const QString what = QString::fromLatin1(receiver->metaObject()->className()) + u' ' +
                             receiver->objectName() + u" event " + QString::number(int(event->type()));
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ms = timer.elapsed();
        if (ms > longestMs) {
            longestMs = ms;
            longest = what;
        }
        return handled;
    }

    qint64 longestMs = 0;
    QString longest;

private:
    int m_depth = 0;
};

struct Stall
{
    qint64 wallMs = 0;
    qint64 longestGapMs = 0;
    qint64 longestEventMs = 0;
    QString longestEvent;
};

// Longest gap between ticks of a 2 ms timer while `work` runs, until sender emits signal (no sender: the work
// is synchronous), and for settleMs after that.
Stall measure(const std::function<void()> &work, QObject *sender, const char *signal, int settleMs = 250)
{
    QElapsedTimer wall;
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(2);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
    std::optional<QSignalSpy> spy;
    if (sender)
        spy.emplace(sender, signal);
    auto *tracing = static_cast<TracingApplication *>(qApp);
    tracing->longestMs = 0;
    tracing->longest.clear();
    ticker.start();
    wall.start();
    sinceTick.start();
    work();
    longest = std::max(longest, sinceTick.elapsed()); // the synchronous part counts too
    if (spy && spy->isEmpty())
        spy->wait(120000);
    const qint64 total = wall.elapsed();
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    longest = std::max(longest, sinceTick.elapsed());
    ticker.stop();
    return {total, longest, tracing->longestMs, tracing->longest};
}

int worstStall = 0;

void row(const char *what, const Stall &stall)
{
    worstStall = std::max(worstStall, int(stall.longestGapMs));
    std::printf("  %-34s %10lld %16lld\n", what, static_cast<long long>(stall.wallMs),
                static_cast<long long>(stall.longestGapMs));
    if (stall.longestEventMs > 10) // where the time went: the longest single event delivery
        std::printf("  %-34s %10s %16lld   (%s)\n", "  of which one event", "",
                    static_cast<long long>(stall.longestEventMs), qPrintable(stall.longestEvent));
    std::fflush(stdout);
}

// The last quoted id in the body: found near the end of the big array, so a filter for it walks everything.
QString lastId(const QByteArray &body)
{
    const qsizetype start = body.lastIndexOf("\"ve9EPs");
    const qsizetype end = body.indexOf('"', start + 1);
    return QString::fromLatin1(body.mid(start + 1, end - start - 1));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QTemporaryDir state;

    std::printf(
        "Window load benchmark: wall time and the longest UI-thread stall (gap between 2 ms timer ticks),\n"
        "each step until its completion signal and 250 ms of settling after it.\n");
    // Sizes in MB on the command line (default: 10 and 100).
    QList<qint64> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toLongLong();
    if (sizes.isEmpty())
        sizes = {10, 100};
    for (const qint64 megabytes : std::as_const(sizes)) {
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
        worstStall = 0;

        BenchWindow made(state.path(), QStringLiteral("bench"), QStringLiteral("message-inspector-bench"));
        MainWindow &window = made.window;
        window.resize(1180, 800);
        window.show();
        QCoreApplication::processEvents();

        row("show body (tree, summary, pretty)",
            measure([&] { window.showBody(body, QStringLiteral("bench")); }, &window,
                    SIGNAL(displayFinished())));

        Json::JsonFilterProxyModel *filter = window.filterModel();
        QLineEdit *filterEdit = window.fieldsView()->filterEdit();
        row("filter, no match (full scan)",
            measure([&] { filterEdit->setText(QStringLiteral("#no such text#")); }, filter,
                    SIGNAL(searchFinished(int, bool, bool))));
        row("clear the filter",
            measure([&] { filterEdit->clear(); }, filter, SIGNAL(searchFinished(int, bool, bool))));
        const QString deep = lastId(body);
        row("filter to a deep match + expand",
            measure([&] { filterEdit->setText(deep); }, filter, SIGNAL(searchFinished(int, bool, bool))));
        row("clear the filter again",
            measure([&] { filterEdit->clear(); }, filter, SIGNAL(searchFinished(int, bool, bool))));

        RawJsonView *raw = window.rawView();
        row("switch to Raw JSON", measure([&] { window.tabs()->setCurrentWidget(raw); }, nullptr, nullptr));
        row("find in Raw (the last id)", measure(
                                             [&] {
                                                 raw->openFind();
                                                 raw->setFindText(deep);
                                             },
                                             raw, SIGNAL(searchFinished())));
        row("switch tabs (each once)", measure(
                                           [&] {
                                               for (int i = 0; i < window.tabs()->count(); ++i) {
                                                   window.tabs()->setCurrentIndex(i);
                                                   QCoreApplication::processEvents();
                                               }
                                               window.tabs()->setCurrentIndex(0);
                                           },
                                           nullptr, nullptr));
        row("expand all", measure([&] { window.fieldsView()->expandAll(); }, nullptr, nullptr));
        std::printf("  worst stall %d ms (target ≤ 30 ms: %s)\n", worstStall,
                    worstStall <= 30 ? "met" : "NOT met");
        window.close();
    }
    return 0;
}
