// Renders the real window, offscreen, into PNG files for docs/screenshots/: a lookup against a loopback
// server that answers like HighLevel, an error banner, the Fields tab with badges, in light and dark
// palettes. Run it through scripts/screenshots.sh, which provides the private D-Bus session and throwaway
// keyring.

#include "appservices.h"
#include "batchscreens.h"
#include "fieldsview.h"
#include "historyscreens.h"
#include "httpview.h"
#include "mainwindow.h"
#include "palettes.h"
#include "problemsview.h"
#include "rawjsonview.h"
#include "relatedscreens.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "store/profilestore.h"
#include "testserver.h"
#include "theme.h"
#include "watchscreens.h"
#include "json/jsontreemodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>

using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitFor(QObject *sender, const char *signal, int timeoutMs = 10000)
{
    QSignalSpy spy(sender, signal);
    return spy.wait(timeoutMs);
}

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name;
    const bool ok = window->grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

ScriptedResponse highLevelAnswer(const QByteArray &body)
{
    return ScriptedResponse::json(body).withRateLimitHeaders();
}

// Saves a made-up Private Integration Token for the window's profile (in the test session's throwaway
// keyring) and waits until the window holds it.
bool waitForToken(MainWindow &window)
{
    const QString profile = window.profiles()->defaultProfileName();
    window.vault()->save(profile, QStringLiteral("pit-1f0e8c2a-5b7d-4e3f-9a61-0c2d3e4f5a6b"),
                         TokenStore::Overwrite::Replace);
    for (int i = 0; i < 200 && window.vault()->token(profile).isEmpty(); ++i)
        waitFor(window.vault(), SIGNAL(finished(TokenStoreResult)), 100);
    if (window.vault()->token(profile).isEmpty()) {
        std::fputs("screenshots: the token did not reach the vault\n", stderr);
        return false;
    }
    return true;
}

// The window kept the size asked for (nothing in it forced it wider or taller).
bool checkSize(QWidget &window, int width, int height)
{
    QApplication::processEvents();
    if (window.width() == width && window.height() == height)
        return true;
    std::fprintf(stderr, "screenshots: the window is %d × %d, not %d × %d\n", window.width(), window.height(),
                 width, height);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("message-inspector"));
    QApplication::setApplicationVersion(QStringLiteral(MI_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(outDir);

    TestServer server;
    if (!server.listen()) {
        std::fputs("screenshots: the loopback server could not listen\n", stderr);
        return 1;
    }
    QTemporaryDir state;
    bool ok = true;
    const QPalette light = QApplication::style()->standardPalette();

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? TestSupport::darkPalette() : light);
        const QString variant = dark ? QStringLiteral("dark") : QStringLiteral("light");

        AppServices::Options options;
        options.settingsFile = state.filePath(variant + QStringLiteral(".ini"));
        options.historyPath = state.filePath(variant + QStringLiteral(".sqlite"));
        options.keychainService = QStringLiteral("message-inspector-screenshots");
        AppServices services(options);
        MainWindowOptions windowOptions;
        windowOptions.settingsFile = options.settingsFile;
        MainWindow window(&services, windowOptions);
        window.resize(1180, 800);
        window.setBaseUrlOverride(server.baseUrl());
        window.show();

        if (!waitForToken(window))
            return 1;

        // 0. What the live API really sends: a call and a failed SMS inside the envelope with a traceId.
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/live-call-completed.json"))));
        window.lookUp(QStringLiteral("Lc7Kq2Wn5Rt8Yx1Za4Vb"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentIndex(0);
        ok &= save(&window, outDir, variant + QStringLiteral("-live-call.png"));
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/live-failed-sms.json"))));
        window.lookUp(QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        ok &= save(&window, outDir, variant + QStringLiteral("-live-failed.png"));
        if (!dark) {
            window.tabs()->setCurrentWidget(window.problemsView());
            ok &= save(&window, outDir, QStringLiteral("light-live-problems.png"));
            window.tabs()->setCurrentIndex(0);
            window.openSample(QStringLiteral(":/samples/webhook-inbound-sms.json"));
            ok &= waitFor(&window, SIGNAL(displayFinished()));
            ok &= save(&window, outDir, QStringLiteral("light-webhook.png"));
        }

        // 1. A delivered inbound SMS, looked up for real over HTTP.
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/inbound-sms-delivered.json"))));
        window.lookUp(QStringLiteral("nXf2TQ8rLm4kPz7VbC1a"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentIndex(0);
        ok &= save(&window, outDir, variant + QStringLiteral("-loaded.png"));

        // 2. The HTTP tab of the same lookup.
        window.tabs()->setCurrentWidget(window.httpView());
        ok &= save(&window, outDir, variant + QStringLiteral("-http.png"));

        // 3. An error: the token is not accepted.
        server.enqueue(ScriptedResponse::error(
            401, R"({"statusCode":401,"message":"Invalid JWT","error":"Unauthorized"})"));
        window.lookUp(QStringLiteral("ve9EPM428h8vShlRW1KT"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentIndex(0);
        ok &= save(&window, outDir, variant + QStringLiteral("-error.png"));

        // 4. The Fields tab with badges, unknown values and problems.
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/unknown-values.json"))));
        window.lookUp(QStringLiteral("Uk2Lp4Mq6Nr8Os0Pt2Qu"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentWidget(window.fieldsView());
        window.fieldsView()->expandAll();
        ok &= save(&window, outDir, variant + QStringLiteral("-fields.png"));

        if (!dark) {
            window.tabs()->setCurrentWidget(window.problemsView());
            ok &= save(&window, outDir, QStringLiteral("light-problems.png"));

            server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/call-voicemail.json"))));
            window.lookUp(QStringLiteral("Ca9Lm2Nb4Vc6Xz8Qw1Er"));
            ok &= waitFor(&window, SIGNAL(displayFinished()));
            window.tabs()->setCurrentWidget(window.rawView());
            window.rawView()->setMode(RawJsonView::Mode::Pretty);
            window.rawView()->openFind();
            window.rawView()->setFindText(QStringLiteral("call"));
            waitFor(window.rawView(), SIGNAL(searchFinished()));
            ok &= save(&window, outDir, QStringLiteral("light-raw.png"));
        }
        window.close();
    }

    // 800 × 600, the smallest window a support person is likely to have: the live failed SMS (the card with
    // its red chip and error text, the envelope opened in Fields), in light and dark desktop palettes.
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? TestSupport::darkPalette() : light);
        const QString variant = dark ? QStringLiteral("dark") : QStringLiteral("light");
        AppServices::Options options;
        options.settingsFile = state.filePath(variant + QStringLiteral("-800.ini"));
        options.historyPath = state.filePath(variant + QStringLiteral("-800.sqlite"));
        options.keychainService = QStringLiteral("message-inspector-screenshots");
        AppServices services(options);
        MainWindowOptions windowOptions;
        windowOptions.settingsFile = options.settingsFile;
        MainWindow window(&services, windowOptions);
        window.resize(800, 600);
        window.setBaseUrlOverride(server.baseUrl());
        window.show();
        if (!waitForToken(window))
            return 1;
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/live-failed-sms.json"))));
        window.lookUp(QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentIndex(0);
        ok &= checkSize(window, 800, 600);
        ok &= save(&window, outDir, variant + QStringLiteral("-800.png"));
        window.close();
    }

    // View → Theme → Dark chosen on a light desktop: the program's own dark palette (Fusion), at 800 × 600,
    // with the HTTP tab's rate-limit rows and a selected row.
    {
        QApplication::setPalette(light);
        AppServices::Options options;
        options.settingsFile = state.filePath(QStringLiteral("theme.ini"));
        options.historyPath = state.filePath(QStringLiteral("theme.sqlite"));
        options.keychainService = QStringLiteral("message-inspector-screenshots");
        AppServices services(options);
        MainWindowOptions windowOptions;
        windowOptions.settingsFile = options.settingsFile;
        MainWindow window(&services, windowOptions);
        window.resize(800, 600);
        window.setBaseUrlOverride(server.baseUrl());
        window.show();
        if (!waitForToken(window))
            return 1;
        QAction *darkTheme = nullptr;
        if (auto *menu = window.findChild<QMenu *>(QStringLiteral("themeMenu")))
            for (QAction *action : menu->actions())
                if (action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Dark")))
                    darkTheme = action;
        if (!darkTheme) {
            std::fputs("screenshots: View → Theme → Dark not found\n", stderr);
            return 1;
        }
        darkTheme->trigger();
        server.enqueue(highLevelAnswer(readResource(QStringLiteral(":/samples/live-failed-sms.json"))));
        window.lookUp(QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"));
        ok &= waitFor(&window, SIGNAL(displayFinished()));
        window.tabs()->setCurrentIndex(0);
        ok &= save(&window, outDir, QStringLiteral("theme-dark-800.png"));
        window.tabs()->setCurrentWidget(window.httpView());
        QTreeWidget *http = window.httpView()->tree();
        const auto rows = http->findItems(QStringLiteral("X-RateLimit-Remaining"),
                                          Qt::MatchExactly | Qt::MatchRecursive, 0);
        if (!rows.isEmpty())
            http->setCurrentItem(rows.first());
        ok &= save(&window, outDir, QStringLiteral("theme-dark-800-http.png"));
        window.close();
        Theme::apply(Theme::Choice::System);
    }
    ok &= renderWatchScreens(outDir);
    ok &= renderHistoryScreens(outDir, light);

    // Issue 15: a batch run and the report for a ticket.
    QApplication::setPalette(light);
    ok &= renderBatchScreens(outDir);
    // Issue 13: related lookups (an email thread, a call, why a failed SMS failed).
    ok &= renderRelatedScreens(outDir);
    return ok ? 0 : 1;
}
