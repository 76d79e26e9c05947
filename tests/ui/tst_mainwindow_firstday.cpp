// A support person's first day (issue 12), driven as they would: a lookup without a token offers the token
// dialog and runs once it is saved; the Problems list can be read with the arrow keys and Enter jumps; F5
// looks up what the field holds; a refused token is not offered Retry; an error body has a Pretty view; a
// binary or empty file is described in plain words; Tab reaches the filter before the tree.

#include "tst_mainwindow_support.h"

#include "errorbanner.h"
#include "fieldsview.h"
#include "httpview.h"
#include "lookupbar.h"
#include "problemsview.h"
#include "rawjsonview.h"
#include "recordingplaybackloader.h"
#include "summarycard.h"
#include "testserver.h"
#include "theme.h"
#include "tokendialog.h"
#include "viewcolors.h"
#include "json/jsontreemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace WindowTesting;
using TestSupport::ScriptedResponse;
using TestSupport::TestServer;

namespace {

const QString messageId = QStringLiteral("nXf2TQ8rLm4kPz7VbC1a");

QByteArray sample(const QString &name)
{
    return TestSupport::sampleResponse(name);
}

QPushButton *bannerButton(MainWindow &window, const char *name)
{
    return window.banner()->findChild<QPushButton *>(QLatin1StringView(name));
}

// The menu bar's action with this text (mnemonics ignored).
QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            QString plain = action->text();
            plain.remove(QLatin1Char('&'));
            if (plain == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class MainWindowFirstDayTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lookupWithoutATokenOffersTheDialogThenRuns();
    void cancellingTheTokenDialogSendsNothing();
    void problemsCanBeReadWithTheKeyboard();
    void f5LooksUpWhatTheFieldHolds();
    void refusedTokenIsNotOfferedRetry_data();
    void refusedTokenIsNotOfferedRetry();
    void errorBodyHasAPrettyView();
    void binaryFileIsSaidToBeNotText();
    void emptyFileIsSaidToBeEmpty();
    void filterComesBeforeTheTreeInTabOrder();
    void idWithAFullStopIsLookedUp();
    void oneEnterAsksOnce();
    void chipRowWrapsInsteadOfWideningTheWindow();
    void lookupAt800PixelsKeepsTheWindowSize();
    void selectedHttpRowLooksDifferentFromRateLimitRows_data();
    void selectedHttpRowLooksDifferentFromRateLimitRows();
    void viewMenuSwitchesTheThemeAndKeepsIt();
    void resultTabsAreFilledJustAfterTheFirstPaint();
    void aRestoredResultTabIsThereForTheFirstPaint();
    void keychainAndHistoryWaitForTheFirstPaint();
    void anExplanationStaysWhenTheRecentIdsArrive();
    void qtMultimediaWaitsForACall();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_tokens;

    bool start(bool withToken = true);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
};

void MainWindowFirstDayTest::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    QVERIFY(m_sandbox->isValid());
}

void MainWindowFirstDayTest::cleanup()
{
    if (m_window) {
        QVERIFY(forgetToken(*m_window).ok());
        m_window.reset();
    }
    for (const QString &token : std::as_const(m_tokens))
        QCOMPARE(TestSupport::filesContaining(token.toUtf8()), QStringList());
    m_tokens.clear();
    m_server.reset();
    m_sandbox.reset();
}

bool MainWindowFirstDayTest::start(bool withToken)
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->listen())
        return false;
    m_window = openWindow(m_sandbox->options());
    if (!m_window)
        return false;
    m_window->setBaseUrlOverride(m_server->baseUrl());
    if (!withToken)
        return true;
    m_tokens << newPit();
    return saveToken(*m_window, m_tokens.last()).ok();
}

QString MainWindowFirstDayTest::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_sandbox->path() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void MainWindowFirstDayTest::lookupWithoutATokenOffersTheDialogThenRuns()
{
    QVERIFY(start(false));
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("No token — set one"));
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);

    m_tokens << newPit();
    const QString pit = m_tokens.last();
    auto lineWhileAsked = std::make_shared<QString>();
    auto entered = whenModal<TokenDialog>([pit, lineWhileAsked, this](TokenDialog *dialog) {
        *lineWhileAsked = m_window->lookupBar()->inputError();
        QTest::keyClicks(dialog->entry(), pit);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
    });
    typeAndLookUp(*m_window, messageId);
    QTRY_VERIFY2_WITH_TIMEOUT(*entered, "the token dialog was not offered", 10000);
    QVERIFY2(lineWhileAsked->contains(QStringLiteral("no token yet")), qPrintable(*lineWhileAsked));

    // Saved: the line is gone and the lookup ran by itself, with the new token (the first display was the
    // session's "no token" answer).
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(m_window->lookupBar()->tokenStateText(), QStringLiteral("token in keychain · PIT"));
    QCOMPARE(m_window->lookupBar()->inputError(), QString());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().at(0).header("Authorization"), QByteArray("Bearer ") + pit.toLatin1());
    QCOMPARE(m_server->requests().at(0).target,
             QByteArray("/conversations/messages/") + messageId.toLatin1());
    QVERIFY(m_window->lastResult().ok());
    QVERIFY(m_window->summaryCard()->isVisible());
}

void MainWindowFirstDayTest::cancellingTheTokenDialogSendsNothing()
{
    QVERIFY(start(false));
    auto cancelled = whenModal<TokenDialog>([](TokenDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    typeAndLookUp(*m_window, messageId);
    QTRY_VERIFY_WITH_TIMEOUT(*cancelled, 10000);
    QVERIFY(m_window->lookupBar()->inputError().contains(QStringLiteral("no token yet")));
    // A token saved later for another reason does not send the abandoned lookup.
    m_tokens << newPit();
    QVERIFY(saveToken(*m_window, m_tokens.last()).ok());
    QTest::qWait(50); // a queued lookup would have been started by now
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!m_window->lookupBar()->isBusy());
}

void MainWindowFirstDayTest::problemsCanBeReadWithTheKeyboard()
{
    QVERIFY(start(false));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->openSample(QStringLiteral(":/samples/unknown-values.json"));
    QVERIFY(waitForDisplay(displayed));
    ProblemsView *problems = m_window->problemsView();
    QTreeWidget *list = problems->list();
    QVERIFY(list->topLevelItemCount() >= 3);

    m_window->tabs()->setCurrentWidget(problems);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    // Moving down the list keeps the Problems tab: it can be read row by row.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(m_window->tabs()->currentWidget(), problems);
    QCOMPARE(list->currentItem(), list->topLevelItem(2));

    // Enter shows that finding's node in Fields, selected.
    QTreeWidgetItem *item = list->topLevelItem(2);
    const QString path = item->data(1, Qt::UserRole).toString();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->fieldsView());
    QTreeView *tree = m_window->fieldsView()->tree();
    QCOMPARE(tree->currentIndex().data(Json::JsonTreeModel::JsonPathRole).toString(), path);

    // So does a double-click.
    m_window->tabs()->setCurrentWidget(problems);
    QTreeWidgetItem *first = list->topLevelItem(0);
    const QPoint centre = list->visualItemRect(first).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_window->tabs()->currentWidget(), problems); // one click only selects
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->fieldsView());
    QCOMPARE(tree->currentIndex().data(Json::JsonTreeModel::JsonPathRole).toString(),
             first->data(1, Qt::UserRole).toString());
}

void MainWindowFirstDayTest::f5LooksUpWhatTheFieldHolds()
{
    QVERIFY(start());
    m_server->setFallback(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));

    // A new id is typed but Enter is not pressed; F5 (Look up again) looks up that one, not the last.
    QLineEdit *edit =
        m_window->lookupBar()->findChild<QComboBox *>(QStringLiteral("messageIdEdit"))->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Zz9Yy8Xx7Ww6Vv5Uu4Tt"));
    QAction *again = menuAction(*m_window, QStringLiteral("Look up again"));
    QVERIFY(again);
    QCOMPARE(again->shortcut(), QKeySequence(QKeySequence::Refresh));
    again->trigger();
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(m_server->requests().at(1).target, QByteArray("/conversations/messages/Zz9Yy8Xx7Ww6Vv5Uu4Tt"));
    QCOMPARE(m_window->lookupBar()->messageIdInput(), QStringLiteral("Zz9Yy8Xx7Ww6Vv5Uu4Tt"));

    // With the field emptied, F5 repeats the last lookup.
    edit->clear();
    again->trigger();
    QVERIFY(waitForDisplay(displayed, 3));
    QCOMPARE(m_server->requests().at(2).target, QByteArray("/conversations/messages/Zz9Yy8Xx7Ww6Vv5Uu4Tt"));
}

void MainWindowFirstDayTest::refusedTokenIsNotOfferedRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retry"); // Retry offered, as the primary action or beside it
    QTest::newRow("401") << 401 << QByteArray(R"({"statusCode":401,"message":"Invalid JWT"})") << false;
    QTest::newRow("403") << 403
                         << QByteArray(R"({"statusCode":403,"message":"The token does not have access to "
                                       R"(this location."})")
                         << false;
    QTest::newRow("500") << 500 << QByteArray(R"({"statusCode":500,"message":"Internal server error"})")
                         << true;
}

void MainWindowFirstDayTest::refusedTokenIsNotOfferedRetry()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retry);
    QVERIFY(start());
    m_server->setFallback(ScriptedResponse::error(status, body));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    const QString primary = m_window->banner()->primaryActionText();
    const bool retryShown =
        primary == QStringLiteral("Retry") || bannerButton(*m_window, "bannerRetry")->isVisible();
    QCOMPARE(retryShown, retry);
    if (!retry)
        QCOMPARE(primary, QStringLiteral("Update token…"));
}

void MainWindowFirstDayTest::errorBodyHasAPrettyView()
{
    QVERIFY(start());
    const QByteArray body =
        R"({"statusCode":404,"message":"Message not found","error":"Not Found","traceId":"t-1"})";
    m_server->enqueue(ScriptedResponse::error(404, body));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed));
    RawJsonView *raw = m_window->rawView();
    QCOMPARE(raw->rawBytes(), body);
    QVERIFY(raw->isPrettyAvailable());
    QVERIFY2(raw->prettyBytes().startsWith("{\n  \"statusCode\": 404,\n"), raw->prettyBytes().constData());
    raw->setMode(RawJsonView::Mode::Pretty);
    QCOMPARE(raw->mode(), RawJsonView::Mode::Pretty);
    QCOMPARE(displayed.count(), 1);

    // An error body that is not JSON has none, and says why.
    m_server->enqueue(ScriptedResponse::text(502, "<html>Bad gateway</html>", "text/html"));
    m_server->setFallback(ScriptedResponse::text(502, "<html>Bad gateway</html>", "text/html"));
    typeAndLookUp(*m_window, messageId);
    QVERIFY(waitForDisplay(displayed, 2));
    QCOMPARE(raw->rawBytes(), QByteArray("<html>Bad gateway</html>"));
    QVERIFY(!raw->isPrettyAvailable());
    QCOMPARE(raw->mode(), RawJsonView::Mode::Raw);
}

void MainWindowFirstDayTest::binaryFileIsSaidToBeNotText()
{
    QVERIFY(start(false));
    // A JSON text sequence record (RFC 7464) starts with 0x1E: the parser's words were "Unexpected the byte
    // 0x1E".
    const QString path =
        writeFile(QStringLiteral("message.json"), "\x1e" + sample(QStringLiteral("failed-sms.json")));
    QVERIFY(!path.isEmpty());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->openFile(path);
    QVERIFY(waitForDisplay(displayed));
    const BannerContent content = m_window->banner()->content();
    QCOMPARE(content.title, QStringLiteral("This file is not text"));
    QVERIFY2(content.cause.contains(QStringLiteral("binary bytes (first at byte 1,")),
             qPrintable(content.cause));
    QVERIFY2(!content.cause.contains(QStringLiteral("Unexpected")), qPrintable(content.cause));

    // An image saved as .json: the first binary byte is the eighth.
    const QString png =
        writeFile(QStringLiteral("screenshot.json"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    m_window->openFile(png);
    QVERIFY(waitForDisplay(displayed, 2));
    QVERIFY2(m_window->banner()->content().cause.contains(QStringLiteral("first at byte 7,")),
             qPrintable(m_window->banner()->content().cause));
    QVERIFY(visibleText(m_window->fieldsView()).contains(QStringLiteral("This file is not text")));
}

void MainWindowFirstDayTest::emptyFileIsSaidToBeEmpty()
{
    QVERIFY(start(false));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    for (const QByteArray &bytes : {QByteArray(), QByteArray("  \n\n")}) {
        const QString path = writeFile(QStringLiteral("empty.json"), bytes);
        QVERIFY(!path.isEmpty());
        const int before = int(displayed.count());
        m_window->openFile(path);
        QVERIFY(waitForDisplay(displayed, before + 1));
        const BannerContent content = m_window->banner()->content();
        QCOMPARE(content.title, QStringLiteral("This file is empty"));
        // It does not send the reader to the Raw JSON tab, which is as empty as the file.
        QVERIFY2(!content.nextStep.contains(QStringLiteral("Look at the Raw JSON")),
                 qPrintable(content.nextStep));
        QVERIFY2(!content.cause.contains(QStringLiteral("Line ")), qPrintable(content.cause));
    }
}

void MainWindowFirstDayTest::filterComesBeforeTheTreeInTabOrder()
{
    QVERIFY(start(false));
    FieldsView *fields = m_window->fieldsView();
    // The focus chain inside the Fields tab, as Tab walks it.
    QList<QWidget *> chain;
    for (QWidget *w = fields->nextInFocusChain(); w != fields && chain.size() < 200;
         w = w->nextInFocusChain())
        if (fields->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            chain << w;
    const qsizetype filter = chain.indexOf(fields->filterEdit());
    const qsizetype tree = chain.indexOf(fields->tree());
    QVERIFY(filter >= 0 && tree >= 0);
    QVERIFY2(filter < tree, "Tab reaches the tree before its filter");
}

// An editable combo box reports one Enter twice (Qt 6.4); the lookup bar asks for one lookup, so a question
// (an expired token, no token) is asked once.
void MainWindowFirstDayTest::oneEnterAsksOnce()
{
    QVERIFY(start(false));
    QSignalSpy asked(m_window->lookupBar(), &LookupBar::lookupRequested);
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("not/an/id"));
    QCOMPARE(asked.count(), 1);
    QVERIFY(waitForDisplay(displayed));
    QVERIFY(!m_window->lookupBar()->inputError().isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void MainWindowFirstDayTest::idWithAFullStopIsLookedUp()
{
    QVERIFY(start());
    m_server->enqueue(ScriptedResponse::json(sample(QStringLiteral("inbound-sms-delivered.json"))));
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, messageId + QStringLiteral("."));
    QVERIFY(waitForDisplay(displayed));
    QCOMPARE(m_server->requests().at(0).target,
             QByteArray("/conversations/messages/") + messageId.toLatin1());
    QCOMPARE(m_window->lookupBar()->inputError(), QString());
}

// Four long chips (values the schema does not know are shown as sent) once forced an 800 px window to
// 1,213 px: the chip row wraps instead, and no row of the card asks for more than the window has.
void MainWindowFirstDayTest::chipRowWrapsInsteadOfWideningTheWindow()
{
    QVERIFY(start(false));
    m_window->resize(800, 600);
    QApplication::processEvents();
    QCOMPARE(m_window->width(), 800);
    const QByteArray body =
        R"({"id":"Wd1Ch2Ip3Ss4Rr5Oo6W","type":1,)"
        R"("messageType":"TYPE_VOICE_CALL_THROUGH_A_PARTNER_NETWORK_BRIDGE",)"
        R"("direction":"outbound-through-the-agency-relay-pipeline",)"
        R"("status":"handed-over-to-the-carrier-and-awaiting-a-receipt",)"
        R"("locationId":"Lq7Rt2Vx9KmN3pB6sD4f","contactId":"Ck8Hj3Wq5Zr1Yt6Nm2Pb",)"
        R"("conversationId":"Cv3Bn7Mq1Xz8Lk5Jh2Gd","dateAdded":"2024-03-27T18:13:49.000Z","body":"Hi",)"
        R"("meta":{"callStatus":"ringing-through-the-interactive-voice-menu-tree"}})";
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    m_window->showBody(body, QStringLiteral("long-chips.json"));
    QVERIFY(waitForDisplay(displayed));
    SummaryCard *card = m_window->summaryCard();
    QVERIFY(card->isVisible());
    const QStringList chipNames{u"summaryDirection"_qs, u"summaryStatus"_qs, u"summaryType"_qs,
                                u"summaryCallStatus"_qs};
    int chipsWidth = 0;
    for (const QString &name : chipNames) {
        const QWidget *chip = card->findChild<QWidget *>(name);
        QVERIFY2(chip && chip->isVisible(), qPrintable(name));
        chipsWidth += chip->sizeHint().width();
    }
    QVERIFY2(chipsWidth > 800, "the chips are not long enough to test anything");
    QApplication::processEvents();

    QVERIFY2(card->minimumSizeHint().width() < 800,
             qPrintable(QString::number(card->minimumSizeHint().width())));
    QCOMPARE(m_window->width(), 800);
    QVERIFY2(m_window->minimumSizeHint().width() <= 800,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    // Wrapped, not cut: every chip lies inside the card, on more than one line.
    QSet<int> lines;
    for (const QString &name : chipNames) {
        const QWidget *chip = card->findChild<QWidget *>(name);
        const QRect inCard(chip->mapTo(card, QPoint(0, 0)), chip->size());
        QVERIFY2(card->rect().contains(inCard), qPrintable(name));
        lines.insert(inCard.top());
    }
    QVERIFY(lines.size() > 1);
}

// The whole lookup at 800 × 600, progress text included ("Receiving 713 bytes of 713 bytes…" once pushed
// the window to 839 px while the lookup ran).
void MainWindowFirstDayTest::lookupAt800PixelsKeepsTheWindowSize()
{
    QVERIFY(start());
    m_window->resize(800, 600);
    QApplication::processEvents();
    QCOMPARE(m_window->width(), 800);
    m_server->enqueue(
        ScriptedResponse::json(sample(QStringLiteral("live-failed-sms.json"))).withRateLimitHeaders());
    QSignalSpy displayed(m_window.get(), &MainWindow::displayFinished);
    typeAndLookUp(*m_window, QStringLiteral("Fx2Lv9Sm4Qe7Rt1Yu3Io"));
    QVERIFY(waitForDisplay(displayed));
    QApplication::processEvents();
    QVERIFY(m_window->lastResult().ok());
    QCOMPARE(m_window->size(), QSize(800, 600));
}

void MainWindowFirstDayTest::selectedHttpRowLooksDifferentFromRateLimitRows_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << Theme::lightPalette();
    QTest::newRow("dark") << Theme::darkPalette();
    // A GNOME-like dark desktop selects with a deep blue: the colour the rate-limit rows used to have.
    QPalette deepBlue = Theme::darkPalette();
    deepBlue.setColor(QPalette::Highlight, QColor(0x15, 0x53, 0x9E));
    QTest::newRow("dark, deep blue selection") << deepBlue;
    QPalette orange = Theme::lightPalette();
    orange.setColor(QPalette::Highlight, QColor(0xE9, 0x54, 0x20));
    QTest::newRow("light, orange selection") << orange;
}

// The HTTP tab painted for real: a selected row, a rate-limit row and a plain row are three different
// fills, in light and dark, whatever blue the desktop selects with.
void MainWindowFirstDayTest::selectedHttpRowLooksDifferentFromRateLimitRows()
{
    QFETCH(QPalette, palette);
    HttpView view;
    view.setPalette(palette);
    ApiResult result;
    result.url =
        QUrl(QStringLiteral("https://services.leadconnectorhq.com/conversations/messages/") + messageId);
    result.requestHeaders = {{"Authorization", "Bearer <redacted>"}, {"Version", "2021-04-15"}};
    result.httpStatus = 200;
    result.reasonPhrase = "OK";
    result.responseHeaders = {{"Content-Type", "application/json"},
                              {"X-RateLimit-Remaining", "97"},
                              {"X-RateLimit-Max", "100"},
                              {"Date", "Wed, 27 Mar 2024 18:13:49 GMT"}};
    view.setResult(result);
    view.resize(700, 500);
    QTreeWidget *tree = view.tree();
    const auto row = [tree](const QString &name) {
        const auto found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.value(0);
    };
    QTreeWidgetItem *rateLimit = row(QStringLiteral("X-RateLimit-Remaining"));
    QTreeWidgetItem *plain = row(QStringLiteral("Content-Type"));
    QVERIFY(rateLimit && plain);
    // A fill sampled at the right end of a row, past its text.
    const auto fillOf = [&view, tree](QTreeWidgetItem *item) {
        const QImage image = tree->viewport()->grab().toImage();
        const QRect r = tree->visualItemRect(item);
        return image.pixelColor(tree->viewport()->width() - 6, r.center().y());
    };
    tree->setCurrentItem(nullptr);
    tree->clearSelection();
    const QColor rateLimitFill = fillOf(rateLimit);
    const QColor plainFill = fillOf(plain);
    tree->setCurrentItem(rateLimit);
    const QColor selectedFill = fillOf(rateLimit);
    const auto name = [](const QColor &c) { return c.name(); };
    QVERIFY2(
        ViewColors::looksDifferent(rateLimitFill, selectedFill),
        qPrintable(u"rate-limit row "_qs + name(rateLimitFill) + u", selected "_qs + name(selectedFill)));
    QVERIFY2(ViewColors::looksDifferent(rateLimitFill, plainFill),
             qPrintable(u"rate-limit row "_qs + name(rateLimitFill) + u", plain "_qs + name(plainFill)));
}

// View → Theme: Dark installs the Fusion dark palette and is kept in the settings, so the next window opens
// dark; System gives back the desktop's palette. The views follow while the window is open.
void MainWindowFirstDayTest::viewMenuSwitchesTheThemeAndKeepsIt()
{
    const QPalette desktop = QApplication::palette();
    QVERIFY(start(false));
    auto *themeMenu = m_window->findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(themeMenu);
    const auto item = [&themeMenu](const QString &text) -> QAction * {
        for (QAction *action : themeMenu->actions())
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        return nullptr;
    };
    QVERIFY(item(u"System"_qs) && item(u"Light"_qs) && item(u"Dark"_qs));
    QVERIFY(item(u"System"_qs)->isChecked());

    item(u"Dark"_qs)->trigger();
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_qs);
    QVERIFY(item(u"Dark"_qs)->isChecked());
    // The trees took the dark row colours.
    // (Qt delivers the palette change to the widgets from the event loop.)
    const ViewColors dark = ViewColors::forPalette(Theme::darkPalette());
    QTRY_COMPARE(m_window->fieldsView()->tree()->palette().color(QPalette::Base), dark.base);
    QCOMPARE(m_window->fieldsView()->tree()->palette().color(QPalette::Text), dark.text);
    QTRY_COMPARE(m_window->httpView()->tree()->palette().color(QPalette::Base), dark.base);
    {
        QSettings settings(m_sandbox->settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("view/theme")).toString(), u"dark"_qs);
    }

    // The next window (same settings) opens dark, with Dark checked.
    QVERIFY(forgetToken(*m_window).ok());
    m_window.reset();
    Theme::apply(Theme::Choice::System);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    m_window = openWindow(m_sandbox->options());
    QVERIFY(m_window);
    QVERIFY(Theme::isDark(QApplication::palette()));
    themeMenu = m_window->findChild<QMenu *>(QStringLiteral("themeMenu"));
    QVERIFY(item(u"Dark"_qs)->isChecked());

    // System: the desktop's palette again, and said so in the settings.
    item(u"System"_qs)->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Base), desktop.color(QPalette::Base));
    QSettings settings(m_sandbox->settingsFile(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("view/theme")).toString(), u"system"_qs);
}

void MainWindowFirstDayTest::resultTabsAreFilledJustAfterTheFirstPaint()
{
    // The first screen shows the Fields tab: the other tabs are there (titles, order) from the start, and
    // their views come just after the first paint, without the current tab changing.
    std::unique_ptr<MainWindow> window = makeWindow(m_sandbox->options());
    QTabWidget *tabs = window->tabs();
    const QStringList titles{u"Fields"_qs, u"Raw JSON"_qs, u"HTTP"_qs, u"Problems"_qs};
    const auto tabTitles = [tabs] {
        QStringList list;
        for (int i = 0; i < tabs->count(); ++i)
            list << tabs->tabText(i);
        return list;
    };
    QCOMPARE(tabTitles(), titles);
    QVERIFY(!qobject_cast<RawJsonView *>(tabs->widget(1)));
    QVERIFY(!qobject_cast<HttpView *>(tabs->widget(2)));
    QVERIFY(!qobject_cast<ProblemsView *>(tabs->widget(3)));
    QSignalSpy currentChanged(tabs, &QTabWidget::currentChanged);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(qobject_cast<RawJsonView *>(tabs->widget(1)));
    QVERIFY(qobject_cast<HttpView *>(tabs->widget(2)));
    QVERIFY(qobject_cast<ProblemsView *>(tabs->widget(3)));
    QCOMPARE(tabs->widget(1), window->rawView());
    QCOMPARE(tabs->widget(2), window->httpView());
    QCOMPARE(tabs->widget(3), window->problemsView());
    QCOMPARE(tabTitles(), titles);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(currentChanged.size(), 0);

    // Opened before then (a test, a tool), a view is made at once, in its tab.
    std::unique_ptr<MainWindow> early = makeWindow(m_sandbox->options());
    QCOMPARE(early->tabs()->widget(3), early->problemsView());
}

void MainWindowFirstDayTest::aRestoredResultTabIsThereForTheFirstPaint()
{
    {
        QSettings settings(m_sandbox->settingsFile(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/tab"), 2);
    }
    std::unique_ptr<MainWindow> window = makeWindow(m_sandbox->options());
    QCOMPARE(window->tabs()->currentIndex(), 2);
    QVERIFY(qobject_cast<HttpView *>(window->tabs()->currentWidget()));
    QVERIFY(qobject_cast<RawJsonView *>(window->tabs()->widget(1)));
}

void MainWindowFirstDayTest::keychainAndHistoryWaitForTheFirstPaint()
{
    const QString history = m_sandbox->historyPath();
    // A window that is made and closed without being painted opened no SQLite file.
    makeWindow(m_sandbox->options()).reset();
    QVERIFY(!QFile::exists(history));
    // Before its first paint the keychain has not been asked: the token button says so rather than "no token"
    // (one may be saved there).
    std::unique_ptr<MainWindow> window = makeWindow(m_sandbox->options());
    QCOMPARE(window->lookupBar()->tokenStateText(), u"Reading the keychain…"_qs);
    // Once it is on screen, the keychain answers (this sandbox's keyring holds no token) and the id drop-down
    // asks the history for the recent ids: the file opens.
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(window->lookupBar()->tokenStateText(), u"No token — set one"_qs);
    QTRY_VERIFY(QFile::exists(history));
}

void MainWindowFirstDayTest::anExplanationStaysWhenTheRecentIdsArrive()
{
    // The recent ids come from the history's thread whenever it answers (just after start-up, after each
    // lookup). Their arrival neither changes what the user typed nor hides what was said about it.
    LookupBar bar;
    QStringListModel recent;
    bar.setMessageIdInput(u"not an id!"_qs);
    bar.showInputError(u"That is not a message id."_qs);
    bar.setRecentIdsModel(&recent);
    QCOMPARE(bar.messageIdInput(), u"not an id!"_qs);
    QCOMPARE(bar.inputError(), u"That is not a message id."_qs);
    recent.setStringList({u"nXf2TQ8rLm4kPz7VbC1a"_qs, u"Lc7Kq2Wn5Rt8Yx1Za4Vb"_qs}); // a reset
    QCOMPARE(bar.messageIdInput(), u"not an id!"_qs);
    QCOMPARE(bar.inputError(), u"That is not a message id."_qs);
    // An edit of the user's own does hide it.
    bar.setMessageIdInput(u"nXf2TQ8rLm4kPz7VbC1a"_qs);
    QCOMPARE(bar.inputError(), QString());
}

void MainWindowFirstDayTest::qtMultimediaWaitsForACall()
{
    // A window on screen, with everything deferred past its first paint done, has not loaded Qt Multimedia or
    // its audio libraries: only a call's recording needs them (RecordingPlaybackLoader).
    std::unique_ptr<MainWindow> window = makeWindow(m_sandbox->options());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE(window->lookupBar()->tokenStateText(), u"No token — set one"_qs);
    QVERIFY(!TestSupport::isLibraryLoaded("libQt6Multimedia.so"));
    QVERIFY(!TestSupport::isLibraryLoaded("libpulse.so"));
    QVERIFY(!TestSupport::isLibraryLoaded(RecordingPlaybackLoader::moduleFileName().toUtf8()));
}

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QApplication app(argc, argv);
    MainWindowFirstDayTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow_firstday.moc"
