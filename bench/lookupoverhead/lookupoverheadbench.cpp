// Lookup overhead: from the moment the server wrote the last byte of its answer to the moment the answer is
// on screen, for a normal message (a live get-message response of the product's samples, under 1 KB).
//
//   MainWindow   the real window (AppServices: profiles, history in a temporary directory, an in-memory
//                token) looks the message up against a loopback server; "on screen" is the end of the paint
//                pass in which the summary card is first painted with the new answer (no longer greyed out
//                as the previous result). Also shown: when the whole answer is shown (displayFinished: the
//                Raw tab and the Related panel filled too) and painted.
//   baseline     the same bytes fetched with a bare QNetworkAccessManager, QJsonDocument::fromJson, and the
//                status and id set on a QLabel; "on screen" is the label's first paint after that.
//
// The server runs in its own thread of this process and notes when it wrote the last byte of each response
// (handed to the kernel), on the same monotonic benchClock as the paints. The two kinds of lookup alternate;
// a few of each warm up first. Medians and 90th percentiles. Target (issue 16): MainWindow's median ≤ 5 ms.
//
// Usage: mi_bench_lookupoverhead [RUNS] (default 40). Run under a display (xvfb-run -a …) for real expose
// events and paints; without one it uses the offscreen platform.
#include "benchwindow.h"
#include "generatedresponse.h"
#include "loopbackresponder.h"
#include "mainwindow.h"
#include "message/messageanalysis.h"
#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "summarycard.h"
#include "json/prettyprinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QElapsedTimer benchClock; // every time stamp of this benchmark, the server's included

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

class PaintWatch;

// Tells the paint watches when the event the event loop dispatched (the paint request, for a paint pass) has
// been handled: the pass is painted and flushed to the window system.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override;
    QList<PaintWatch *> watches;

private:
    int m_depth = 0;
};

// Notes the first paint of a widget (or any of its children) that begins once armed and while `ready` says
// so, and when the paint pass it belongs to is over (its paint request handled): the paint is on screen.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
        : m_widget(widget)
    {
        qApp->installEventFilter(this);
        static_cast<BenchApplication *>(qApp)->watches << this;
    }
    ~PaintWatch() override { static_cast<BenchApplication *>(qApp)->watches.removeAll(this); }
    // The event in which a paint was seen has been handled.
    void passOver()
    {
        if (m_paintNs >= 0 && m_passDoneNs < 0)
            m_passDoneNs = benchClock.nsecsElapsed();
    }
    void arm(std::function<bool()> ready = {})
    {
        m_armed = true;
        m_ready = std::move(ready);
    }
    // Forgets the last paint: the next lookup starts.
    void reset()
    {
        m_armed = false;
        m_paintNs = -1;
        m_passDoneNs = -1;
    }
    qint64 paintNs() const { return m_paintNs; }
    qint64 passDoneNs() const { return m_passDoneNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && event->type() == QEvent::Paint && watched->isWidgetType() &&
            (watched == m_widget || m_widget->isAncestorOf(static_cast<QWidget *>(watched))) &&
            (!m_ready || m_ready())) {
            m_armed = false;
            m_paintNs = benchClock.nsecsElapsed();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_widget;
    bool m_armed = false;
    std::function<bool()> m_ready;
    qint64 m_paintNs = -1;
    qint64 m_passDoneNs = -1;
};

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // Events of other threads (the server's sockets) come through here too: only this thread's loop counts.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    if (--m_depth == 0) {
        for (PaintWatch *watch : std::as_const(watches))
            watch->passOver();
    }
    return handled;
}

struct Sample
{
    double paintedMs = -1;  // last byte → the card (the label) painted: its paint pass is over
    double completeMs = -1; // last byte → the whole answer shown (displayFinished) and painted
};

bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps until an event comes (processEvents with a time limit would poll and take a core from the
    // threads being measured); the ticker wakes it up for the time limit.
    QTimer ticker;
    ticker.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at =
        std::clamp<qsizetype>(qsizetype(p * double(values.size() - 1) + 0.5), 0, values.size() - 1);
    return values[at];
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The real window: one lookup, the card painted with the new answer, then the rest of the window.
class WindowLookup
{
public:
    WindowLookup(MainWindow *window, const LoopbackResponder &server, const QString &messageId)
        : m_window(window)
        , m_server(server)
        , m_messageId(messageId)
        , m_card(window->summaryCard())
        , m_whole(window)
    {
        QObject::connect(window, &MainWindow::displayFinished, window, [this] {
            m_shownNs = benchClock.nsecsElapsed();
            m_whole.arm();
        });
    }

    std::optional<Sample> run()
    {
        m_card.reset();
        m_whole.reset();
        m_shownNs = -1;
        const int before = m_server.answered();
        const int sent = m_server.received();
        // The card is greyed out ("previous result") from the moment the lookup is accepted, before it is
        // sent; its first paint after the request arrived, no longer greyed out, shows the new answer.
        SummaryCard *card = m_window->summaryCard();
        m_card.arm([this, card, sent] { return m_server.received() > sent && !card->isPrevious(); });
        m_window->lookUp(m_messageId);
        if (!waitFor([this] { return m_card.passDoneNs() >= 0 && m_shownNs >= 0; }) ||
            m_server.answered() != before + 1)
            return std::nullopt;
        // After displayFinished the window paints what changed last; when nothing did, it is complete.
        waitFor([this] { return m_whole.passDoneNs() >= 0; }, 100);
        const qint64 lastByte = m_server.lastByteWrittenNs();
        const qint64 complete = m_whole.passDoneNs() >= 0 ? m_whole.passDoneNs() : m_shownNs;
        return Sample{ms(m_card.passDoneNs() - lastByte), ms(complete - lastByte)};
    }

private:
    MainWindow *m_window;
    const LoopbackResponder &m_server;
    QString m_messageId;
    PaintWatch m_card;
    PaintWatch m_whole;
    qint64 m_shownNs = -1;
};

// The baseline: a bare QNetworkAccessManager, QJsonDocument and a QLabel.
class BareLookup
{
public:
    BareLookup(const LoopbackResponder &server, const QString &messageId)
        : m_server(server)
        , m_url(server.baseUrl() + QStringLiteral("/conversations/messages/") + messageId)
        , m_paint(&m_label)
    {
        auto *layout = new QVBoxLayout(&m_window);
        layout->addWidget(&m_label);
        m_window.resize(480, 120);
        m_window.setWindowTitle(QStringLiteral("baseline"));
        m_window.show();
    }

    std::optional<Sample> run()
    {
        m_paint.reset();
        const int before = m_server.answered();
        QNetworkRequest request{QUrl(m_url)};
        request.setRawHeader("Authorization", "Bearer bench");
        request.setRawHeader("Version", "2021-04-15");
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_manager.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &m_label, [this, reply] {
            const QJsonObject message =
                QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("message")).toObject();
            m_label.setText(message.value(QLatin1String("status")).toString() + QLatin1Char(' ') +
                            message.value(QLatin1String("id")).toString() + QLatin1Char(' ') +
                            QString::number(++m_count));
            reply->deleteLater();
            m_paint.arm();
        });
        if (!waitFor([this] { return m_paint.passDoneNs() >= 0; }) || m_server.answered() != before + 1)
            return std::nullopt;
        const double painted = ms(m_paint.passDoneNs() - m_server.lastByteWrittenNs());
        return Sample{painted, painted};
    }

private:
    const LoopbackResponder &m_server;
    QString m_url;
    QWidget m_window;
    QLabel m_label;
    QNetworkAccessManager m_manager;
    PaintWatch m_paint;
    int m_count = 0;
};

struct Series
{
    QList<double> painted, complete;
    void add(const Sample &sample)
    {
        painted << sample.paintedMs;
        complete << sample.completeMs;
    }
    double max() const { return painted.isEmpty() ? -1 : *std::max_element(painted.begin(), painted.end()); }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.info=false;*.debug=false");
    BenchApplication app(argc, argv);
    benchClock.start();
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 40;

    QFile sample(QStringLiteral(":/samples/live-failed-sms.json"));
    if (!sample.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "the sample is missing from the resources\n");
        return 1;
    }
    const QByteArray body = sample.readAll();
    const QString messageId = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QLatin1String("message"))
                                  .toObject()
                                  .value(QLatin1String("id"))
                                  .toString();
    // The headers HighLevel sends with every answer (the window shows the rate limits).
    const LoopbackResponder server(body,
                                   {"X-RateLimit-Max: 100", "X-RateLimit-Remaining: 97",
                                    "X-RateLimit-Interval-Milliseconds: 10000",
                                    "X-RateLimit-Limit-Daily: 200000", "X-RateLimit-Daily-Remaining: 199870"},
                                   benchClock);
    if (server.baseUrl().isEmpty()) {
        std::fprintf(stderr, "the loopback server could not listen\n");
        return 1;
    }

    QTemporaryDir state;
    FixedTokenSource tokens(QStringLiteral("pit-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    BenchWindow made(state.path(), QStringLiteral("lookup"), QStringLiteral("message-inspector-lookup-bench"),
                     &tokens);
    MainWindow &window = made.window;
    window.setBaseUrlOverride(server.baseUrl());
    window.resize(1180, 800);
    window.show();
    BareLookup bare(server, messageId);
    WindowLookup product(&window, server, messageId);
    waitFor([] { return false; }, 300); // both windows exposed and painted, the keychain's answer in

    std::printf("Lookup overhead: from the server's last byte of the answer to the answer painted\n"
                "(%s, %d-byte live get-message response, %d lookups each, alternating, after 5 warm-ups).\n",
                qPrintable(QGuiApplication::platformName()), int(body.size()), runs);
    Series windowSeries, bareSeries;
    int failures = 0;
    for (int i = 0; i < 5 + runs; ++i) {
        const bool windowFirst = i % 2 == 0;
        for (int k = 0; k < 2; ++k) {
            const bool doWindow = (k == 0) == windowFirst;
            const std::optional<Sample> sample = doWindow ? product.run() : bare.run();
            if (!sample) {
                ++failures;
                continue;
            }
            if (i >= 5)
                (doWindow ? windowSeries : bareSeries).add(*sample);
        }
    }
    std::printf("  %-34s %9s %9s %9s %14s\n", "ms after the answer's last byte", "median", "p90", "max",
                "all (median)");
    std::printf("  %-34s %9.2f %9.2f %9.2f %14s\n", "bare QNAM + fromJson + QLabel",
                median(bareSeries.painted), percentile(bareSeries.painted, 0.9), bareSeries.max(), "-");
    std::printf("  %-34s %9.2f %9.2f %9.2f %14.2f\n", "MainWindow: summary card painted",
                median(windowSeries.painted), percentile(windowSeries.painted, 0.9), windowSeries.max(),
                median(windowSeries.complete));
    std::printf("  all: the whole answer shown (displayFinished: Raw tab, Related panel) and painted.\n");
    const double windowMedian = median(windowSeries.painted);
    std::printf(
        "  MainWindow, median last byte → painted card: %.2f ms (target ≤ 5 ms: %s); baseline %.2f ms\n",
        windowMedian, windowMedian >= 0 && windowMedian <= 5 ? "met" : "NOT met", median(bareSeries.painted));
    if (failures)
        std::printf("  %d lookups did not finish within 10 s\n", failures);
    window.close();

    // The session analyses an answer up to maxInlineAnalysisBytes on the UI thread, where it arrives: what
    // that costs at the bound (the analysis and the pretty text, as the session makes them), fastest of 20.
    const QByteArray atBound = generateResponse(InspectionSession::maxInlineAnalysisBytes);
    qint64 fastestNs = -1;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer inlineClock;
        inlineClock.start();
        const MessageAnalysis analysis = MessageAnalysis::analyze(atBound);
        const QByteArray pretty = Json::PrettyPrinter().format(analysis.document);
        const qint64 ns = inlineClock.nsecsElapsed();
        if (pretty.isEmpty())
            std::printf("  (the %lld-byte body gave no pretty text)\n",
                        static_cast<long long>(atBound.size()));
        fastestNs = fastestNs < 0 ? ns : std::min(fastestNs, ns);
    }
    std::printf(
        "  inline analysis at the bound (%lld bytes, checks + pretty text): %.2f ms on the UI thread\n",
        static_cast<long long>(atBound.size()), ms(fastestNs));
    return 0;
}
