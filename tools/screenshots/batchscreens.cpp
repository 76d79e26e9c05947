#include "batchscreens.h"

#include "batchinput.h"
#include "batchwindow.h"
#include "reportdialog.h"

#include "session/fixedtokensource.h"
#include "session/inspectionjob.h"
#include "session/inspectionresult.h"
#include "session/inspectionsession.h"
#include "store/profilestore.h"
#include "testserver.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

using TestSupport::RecordedRequest;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

struct Sample
{
    const char *id;
    int status; // HTTP
    const char *type;
    int typeNumber;
    const char *direction;
    const char *messageStatus;
    const char *date;
    const char *body;
    const char *error;
};

// What a support lead's list of 12 looks like: mostly delivered, two failed sends, one unknown id, one
// from a location the token cannot see, and one that meets the rate limit first.
constexpr Sample samples[] = {
    {"Fx2Lv9Sm4Qe7Rt1Yu3Io", 200, "TYPE_SMS", 2, "outbound", "failed", "2026-11-29T08:15:02.118Z",
     "Hi Sam, your order #4471 is ready for pickup at the Main St store until 6 pm.",
     "30007: Message filtered by the carrier"},
    {"nXf2TQ8rLm4kPz7VbC1a", 200, "TYPE_SMS", 2, "inbound", "delivered", "2026-11-29T08:21:40.007Z",
     "Thanks! Can I come by tomorrow instead?", nullptr},
    {"Kp3Wd8Rt2Lm6Qz9Xc1Vb", 200, "TYPE_SMS", 2, "outbound", "delivered", "2026-11-29T08:22:13.550Z",
     "Of course, we are open 9 am to 6 pm.", nullptr},
    {"Em5Tq1Wz7Yx3Rb8Nc2Lp", 200, "TYPE_EMAIL", 3, "outbound", "opened", "2026-11-29T09:02:45.310Z",
     "Your invoice INV-2291 from Acme Dental", nullptr},
    {"Ca9Lm2Nb4Vc6Xz8Qw1Er", 200, "TYPE_CALL", 1, "inbound", "completed", "2026-11-29T09:40:02.000Z", "",
     nullptr},
    {"Gh7Jk2Lm4Np6Qr8St0Uv", 404, nullptr, 0, nullptr, nullptr, nullptr, nullptr, nullptr},
    {"Wa4Sd6Fg8Hj0Kl2Zx4Cv", 200, "TYPE_WHATSAPP", 19, "outbound", "read", "2026-11-29T10:05:33.901Z",
     "Reminder: your cleaning is on Tuesday at 3 pm. Reply C to confirm.", nullptr},
    {"Rl8Mn3Bv5Cx7Zl9Kj1Hg", 200, "TYPE_SMS", 2, "outbound", "delivered", "2026-11-29T10:06:12.444Z",
     "Reminder: your cleaning is on Tuesday at 3 pm. Reply C to confirm.", nullptr},
    {"Ud2Fe4Gd6Hc8Ib0Ja2Kz", 200, "TYPE_SMS", 2, "outbound", "undelivered", "2026-11-29T10:06:15.020Z",
     "Reminder: your cleaning is on Tuesday at 3 pm. Reply C to confirm.",
     "30003: Unreachable destination handset"},
    {"Lc7Kq2Wn5Rt8Yx1Za4Vb", 403, nullptr, 0, nullptr, nullptr, nullptr, nullptr, nullptr},
    {"Qs1Aw3Ed5Rf7Tg9Yh2Uj", 200, "TYPE_SMS", 2, "inbound", "delivered", "2026-11-29T11:30:58.100Z", "C",
     nullptr},
    {"Pn6Bv8Cx0Zl2Kj4Hg6Fd", 200, "TYPE_EMAIL", 3, "outbound", "delivered", "2026-11-29T12:14:09.765Z",
     "Welcome to Acme Dental — your patient portal", nullptr},
};

QByteArray json(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        out += QString(c).toUtf8();
    }
    return out;
}

ScriptedResponse answerFor(const Sample &s)
{
    if (s.status == 404)
        return ScriptedResponse::
            error(404,
                  R"({"statusCode":404,"message":"Message not found","traceId":"9b1f0d3e-2c47-4a8e-b5d6-7e3f1a2b4c5d"})")
                .withRateLimitHeaders();
    if (s.status == 403)
        return ScriptedResponse::error(
                   403, R"({"statusCode":403,"message":"The token does not have access to this location."})")
            .withRateLimitHeaders();
    QByteArray body =
        QByteArray(R"({"message":{"id":")") + s.id + R"(","type":)" + QByteArray::number(s.typeNumber) +
        R"(,"messageType":")" + s.type +
        R"(","locationId":"Lq7Rt2Vx9KmN3pB6sD4f","contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf","conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","dateAdded":")" +
        s.date + R"(","body":")" + json(QString::fromUtf8(s.body)) + R"(","direction":")" + s.direction +
        R"(","status":")" + s.messageStatus + R"(","contentType":"text/plain")";
    if (s.error)
        body += R"(,"error":")" + json(QString::fromUtf8(s.error)) + '"';
    body += R"(},"traceId":"c41e8f20-7b3a-4d96-a5e0-)" + QByteArray(s.id).left(12).toLower() + R"("})";
    return ScriptedResponse::json(body).withRateLimitHeaders().withDelay(40);
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name;
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

bool renderBatchScreens(const QString &outDir)
{
    TestServer server;
    if (!server.listen()) {
        std::fputs("screenshots: the loopback server for the batch could not listen\n", stderr);
        return false;
    }
    QHash<QByteArray, int> seen;
    server.setResponder([&seen](const RecordedRequest &r) -> std::optional<ScriptedResponse> {
        const QByteArray id = r.target.mid(r.target.lastIndexOf('/') + 1);
        // One id meets a spent burst first, as a busy location does.
        if (id == "Rl8Mn3Bv5Cx7Zl9Kj1Hg" && seen[id]++ == 0)
            return ScriptedResponse::error(429, R"({"statusCode":429,"message":"Too many requests"})")
                .withRateLimitHeaders()
                .withHeader("Retry-After", "1");
        for (const Sample &s : samples) {
            if (id == s.id)
                return answerFor(s);
        }
        return std::nullopt;
    });

    QTemporaryDir state;
    ProfileStore profiles(state.filePath(QStringLiteral("batch.ini")));
    Profile acme;
    acme.name = QStringLiteral("Acme Dental");
    profiles.create(acme);
    profiles.setDefaultProfile(acme.name);
    const QString token = QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"); // made up
    FixedTokenSource tokens(token);
    SessionServices services;
    services.profiles = &profiles;
    services.tokens = &tokens;
    InspectionSession session(services);
    bool ok = true;

    BatchWindow window(&session, acme.name);
    window.setBaseUrlOverride(server.baseUrl());
    window.resize(1100, 700);
    window.show();

    // The list as pasted from a spreadsheet column: a header, the ids, one twice, one cell of junk.
    QStringList lines{QStringLiteral("Message ID")};
    for (const Sample &s : samples)
        lines.append(QString::fromLatin1(s.id));
    lines.insert(4, QString::fromLatin1(samples[1].id));
    lines.insert(9, QStringLiteral("see ticket #4471"));
    window.setIds(lines.join(QLatin1Char('\n')));
    if (window.input()->isReading()) {
        QSignalSpy read(window.input(), &BatchInput::listChanged);
        read.wait(10000);
    }
    ok &= save(&window, outDir, QStringLiteral("batch-list.png"));

    QSignalSpy finished(&window, &BatchWindow::runFinished);
    if (!window.start() || !finished.wait(60000)) {
        std::fputs("screenshots: the batch did not finish\n", stderr);
        return false;
    }
    ok &= save(&window, outDir, QStringLiteral("batch.png"));
    window.close();

    // The report for the failed SMS, looked up for real.
    QFile sample(QStringLiteral(":/samples/live-failed-sms.json"));
    if (!sample.open(QIODevice::ReadOnly))
        return false;
    server.setResponder({});
    server.enqueue(ScriptedResponse::json(sample.readAll()).withRateLimitHeaders().withDelay(120));
    InspectionRequest request = InspectionRequest::lookup(QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"), acme.name);
    request.baseUrlOverride = server.baseUrl();
    request.recordHistory = false;
    InspectionJob *job = session.inspect(request);
    QSignalSpy done(job, &InspectionJob::finished);
    if (!done.wait(10000)) {
        std::fputs("screenshots: the lookup for the report did not finish\n", stderr);
        return false;
    }
    const InspectionResult result = done.at(0).at(0).value<InspectionResult>();
    MessageReport::Options options;
    options.webAppUrl = acme.webAppUrl;
    options.token = token;
    options.lookedUpAt = QDateTime::currentDateTimeUtc();
    options.zone = QTimeZone::systemTimeZone();
    ReportDialog dialog(result, options);
    dialog.resize(860, 620);
    dialog.show();
    ok &= save(&dialog, outDir, QStringLiteral("report.png"));
    dialog.close();
    return ok;
}
