#include "relatedscreens.h"

#include "appservices.h"
#include "callview.h"
#include "emailthreadview.h"
#include "mainwindow.h"
#include "relatedpanel.h"
#include "session/fixedtokensource.h"
#include "store/profilestore.h"

#include "testserver.h"
#include "wavtone.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name;
    const bool saved = widget->grab().save(path);
    std::fprintf(stderr, "%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

bool lookUp(MainWindow &window, TestServer &server, const QByteArray &body, const QString &id)
{
    server.enqueue(ScriptedResponse::json(body).withRateLimitHeaders());
    QSignalSpy displayed(&window, &MainWindow::displayFinished);
    window.lookUp(id);
    return displayed.wait(10000);
}

// Waits until the panel has no lookup running.
bool settle(RelatedPanel *panel)
{
    for (int i = 0; i < 200 && panel->runningLookups() > 0; ++i)
        QTest::qWait(25);
    QTest::qWait(50);
    return panel->runningLookups() == 0;
}

QByteArray email(const char *id, const char *from, const char *to, const char *subject, const char *date,
                 const char *direction, const char *status, const char *body)
{
    return QByteArray("{\"id\":\"") + id +
           "\",\"threadId\":\"Th8Qw2Er4Ty6Ui8Op0As\",\"locationId\":\"Lq7Rt2Vx9KmN3pB6sD4f\","
           "\"contactId\":\"Ck8Hj3Wq5Zr1Yt6Nm2Pb\",\"conversationId\":\"Cv3Bn7Mq1Xz8Lk5Jh2Gd\",\"dateAdded\":"
           "\"" +
           date + "\",\"subject\":\"" + subject + "\",\"body\":\"" + body + "\",\"direction\":\"" +
           direction + "\",\"status\":\"" + status +
           "\",\"contentType\":\"text/html\",\"provider\":\"mailgun\",\"from\":\"" + from + "\",\"to\":[\"" +
           to + "\"],\"cc\":[],\"bcc\":[],\"source\":\"workflow\"}";
}

} // namespace

bool renderRelatedScreens(const QString &outDir)
{
    TestServer server;
    if (!server.listen()) {
        std::fputs("screenshots: the loopback server could not listen\n", stderr);
        return false;
    }
    QTemporaryDir state;
    FixedTokenSource tokens(QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"));
    AppServices::Options options;
    options.settingsFile = state.filePath(QStringLiteral("related.ini"));
    options.historyPath = state.filePath(QStringLiteral("related.sqlite"));
    options.keychainService = QStringLiteral("message-inspector-screenshots");
    options.tokens = &tokens;
    AppServices services(options);
    // The profile's own address is the loopback server: related lookups use the profile's address.
    Profile profile = services.profiles()->defaultProfile();
    profile.baseUrl = QUrl(server.baseUrl());
    services.profiles()->update(profile);
    MainWindowOptions windowOptions;
    windowOptions.settingsFile = options.settingsFile;
    MainWindow window(&services, windowOptions);
    window.resize(1500, 900);
    window.show();
    RelatedPanel *panel = window.relatedPanel();
    window.relatedDock()->show();
    window.resizeDocks({window.relatedDock()}, {820}, Qt::Horizontal);
    bool ok = true;

    // An email thread: three emails, the middle one the customer's reply.
    ok &= lookUp(window, server, readResource(QStringLiteral(":/samples/outbound-email-thread.json")),
                 QStringLiteral("Em5Kp9Rt2Vx7Nq3Lb8Hc"));
    server.enqueue(ScriptedResponse::json(email("Em1Aa2Bb3Cc4Dd5Ee6Ff", "Acme Dental <front@acme.example>",
                                                "dana.reyes@example.com", "Your appointment on Thursday",
                                                "2025-11-01T14:02:11.000Z", "outbound", "opened",
                                                "<p>Hello Dana,</p><p>We have you down for a cleaning on "
                                                "Thursday, 6 November at 15:00. Reply to this "
                                                "email if that time no longer suits you.</p><p>Acme "
                                                "Dental</p><img src='https://tracker.example/p.gif'>")));
    server.enqueue(ScriptedResponse::json(
        email("Em7Gg8Hh9Ii0Jj1Kk2Ll", "Dana Reyes <dana.reyes@example.com>", "front@acme.example",
              "Re: Your appointment on Thursday", "2025-11-02T08:15:40.000Z", "inbound", "delivered",
              "<p>Hi, could we make it 15:30 instead? I finish work at 15:00.</p><p>Thanks, Dana</p>")));
    server.enqueue(ScriptedResponse::json(
        email("Em5Kp9Rt2Vx7Nq3Lb8Hc", "Acme Dental <front@acme.example>", "dana.reyes@example.com",
              "Re: Your appointment on Thursday", "2025-11-03T09:41:07.512Z", "outbound", "opened",
              "<p>Hello Dana,</p><p>Your appointment is confirmed for Thursday, 6 November at 15:30.</p>")));
    panel->fetchRow(0);
    ok &= settle(panel);
    panel->threadView()->fetchAllButton()->click();
    ok &= settle(panel);
    panel->threadView()->selectRow(1);
    ok &= save(&window, outDir, QStringLiteral("related-thread.png"));

    // A call: its recording (a tone standing in for the audio) and its transcript.
    ok &= lookUp(window, server, readResource(QStringLiteral(":/samples/live-call-completed.json")),
                 QStringLiteral("Lc7Kq2Wn5Rt8Yx1Za4Vb"));
    server.enqueue(ScriptedResponse::audio(TestSupport::wavTone(37000, 440, 8000)));
    server.enqueue(ScriptedResponse::json(
        "[{\"mediaChannel\":1,\"sentenceIndex\":1,\"startTime\":0,\"endTime\":2400,\"transcript\":\"Good "
        "afternoon, Acme Dental, this is Sam.\",\"confidence\":0.95},"
        "{\"mediaChannel\":2,\"sentenceIndex\":2,\"startTime\":2600,\"endTime\":7900,\"transcript\":\"Hi, "
        "it's Dana Reyes. I got a text about my appointment but I never got the "
        "reminder.\",\"confidence\":0.89},"
        "{\"mediaChannel\":1,\"sentenceIndex\":3,\"startTime\":8200,\"endTime\":13100,\"transcript\":\"Let "
        "me "
        "check. I see you're booked for Thursday at half past three.\",\"confidence\":0.93},"
        "{\"mediaChannel\":2,\"sentenceIndex\":4,\"startTime\":13400,\"endTime\":16000,\"transcript\":"
        "\"Great, "
        "that works. Can you send it by email too?\",\"confidence\":0.9},"
        "{\"mediaChannel\":1,\"sentenceIndex\":5,\"startTime\":16300,\"endTime\":21800,\"transcript\":\"Of "
        "course, I'll send a confirmation to your email right now.\",\"confidence\":0.94}]"));
    panel->fetchRow(0);
    ok &= settle(panel);
    panel->fetchRow(1);
    ok &= settle(panel);
    if (CallView *call = panel->callView())
        call->seek(8200);
    QTest::qWait(100);
    ok &= save(&window, outDir, QStringLiteral("related-call.png"));

    // A failed SMS: why it failed, the contact checked.
    ok &= lookUp(window, server, readResource(QStringLiteral(":/samples/live-failed-sms.json")),
                 QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"));
    server.enqueue(ScriptedResponse::json(
        "{\"contact\":{\"id\":\"Cn6Vb8Nm0Qa2Ws4Ed6Rf\",\"name\":\"Dana Reyes\",\"locationId\":"
        "\"Lq7Rt2Vx9KmN3pB6sD4f\",\"email\":\"dana.reyes@example.com\",\"phone\":\"+15415550123\",\"dnd\":"
        "false,"
        "\"dndSettings\":{\"SMS\":{\"status\":\"inactive\"},\"Email\":{\"status\":\"inactive\"}}}}"));
    if (QWidget *why = panel->tab(QStringLiteral("why"))) {
        if (auto *check = why->findChild<QPushButton *>(QStringLiteral("whyFailedCheckContact")))
            check->click();
    }
    ok &= settle(panel);
    ok &= save(&window, outDir, QStringLiteral("related-why-failed.png"));
    window.close();
    return ok;
}
