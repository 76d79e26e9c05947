#include "watchscreens.h"

#include "diffwindow.h"
#include "watchpanel.h"
#include "watchtimelinemodel.h"

#include "session/fixedtokensource.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"

#include "testserver.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

// An appointment reminder as the live endpoint sends it, at one moment of its life.
QByteArray reminder(const QByteArray &status, const QByteArray &added, const QByteArray &updated,
                    const QByteArray &traceId)
{
    return "{\n  \"message\": {\n"
           "    \"id\": \"Wt1Ch2Me3Ss4Ag5Ee6Xx\",\n"
           "    \"type\": 2,\n"
           "    \"messageType\": \"TYPE_SMS\",\n"
           "    \"locationId\": \"Lq7Rt2Vx9KmN3pB6sD4f\",\n"
           "    \"contactId\": \"Ck8Hj3Wq5Zr1Yt6Nm2Pb\",\n"
           "    \"conversationId\": \"Cv3Bn7Mq1Xz8Lk5Jh2Gd\",\n"
           "    \"dateAdded\": \"" +
           added + "\",\n    \"dateUpdated\": \"" + updated +
           "\",\n"
           "    \"body\": \"Reminder: your cleaning is tomorrow at 3 pm. Reply C to confirm.\",\n"
           "    \"direction\": \"outbound\",\n"
           "    \"status\": \"" +
           status +
           "\",\n"
           "    \"contentType\": \"text/plain\",\n"
           "    \"source\": \"workflow\"\n"
           "  },\n  \"traceId\": \"" +
           traceId + "\"\n}\n";
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name;
    const bool saved = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

bool renderWatchScreens(const QString &outDir)
{
    QApplication::setPalette(QApplication::style()->standardPalette());
    TestServer server;
    if (!server.listen()) {
        std::fputs("screenshots: the loopback server could not listen\n", stderr);
        return false;
    }
    QTemporaryDir state;
    ProfileStore profiles(state.filePath(QStringLiteral("watch.ini")));
    FixedTokenSource tokens(QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"));
    SessionServices services;
    services.profiles = &profiles;
    services.tokens = &tokens;
    InspectionSession session(services);
    bool ok = true;

    // A watch in progress: pending, a pause on 429, then sent; the next check some seconds away. The server's
    // dates follow the clock, as HighLevel's would.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&now](int seconds) {
        return now.addSecs(seconds).toString(Qt::ISODateWithMs).toLatin1();
    };
    server.enqueue(
        ScriptedResponse::json(reminder("pending", at(-3), at(-3), "7d0c2a4e-1b9f-4c3d-8e6a-5f2b1c0d9e8a"))
            .withRateLimitHeaders());
    server.enqueue(ScriptedResponse::error(429, R"({"statusCode":429,"message":"Too many requests"})")
                       .withHeader("Retry-After", "3"));
    server.enqueue(
        ScriptedResponse::json(reminder("sent", at(-3), at(3), "2b8e6f1a-3c5d-4e7f-9a0b-1c2d3e4f5a6b"))
            .withRateLimitHeaders());
    WatchPanel panel(&session);
    WatchPacing pacing; // quick at first so the picture is made in seconds, then a realistic wait
    pacing.firstIntervalMs = 300;
    pacing.growth = 6.0;
    pacing.burstShare = 0;
    panel.setPacing(pacing);
    panel.resize(1000, 700);
    panel.show();
    InspectionRequest request = InspectionRequest::lookup(QStringLiteral("Wt1Ch2Me3Ss4Ag5Ee6Xx"));
    request.baseUrlOverride = server.baseUrl();
    QSignalSpy finished(&panel, &WatchPanel::finished);
    panel.watch(request);
    for (int i = 0; i < 200 && panel.timeline()->rowCount() < 3; ++i)
        QTest::qWait(50);
    QTest::qWait(1200); // the countdown has ticked once
    if (panel.timeline()->rowCount() != 3 || !panel.isWatching()) {
        std::fprintf(stderr, "screenshots: the watch shows %d rows\n", panel.timeline()->rowCount());
        ok = false;
    }
    ok &= save(&panel, outDir, QStringLiteral("watch-progress.png"));

    // The next check finds it delivered; "Compare with previous" on the last row opens the diff of sent →
    // delivered, the way a support person gets there.
    server.enqueue(
        ScriptedResponse::json(reminder("delivered", at(-3), at(9), "9f3a7c1e-5d2b-4a8c-b6e0-2d4f6a8c0e1b"))
            .withRateLimitHeaders());
    ok &= finished.wait(30000);
    DiffWindow window(&session);
    window.resize(1000, 700);
    window.show();
    QObject::connect(&panel, &WatchPanel::compareRequested, &window, &DiffWindow::compare);
    QSignalSpy shown(&window, &DiffWindow::diffShown);
    ok &= panel.compareSelected();
    ok &= shown.wait(10000);
    ok &= save(&window, outDir, QStringLiteral("diff.png"));
    return ok;
}
