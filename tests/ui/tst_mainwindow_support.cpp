#include "tst_mainwindow_support.h"

#include "tokenwaiting.h"

#include "lookupbar.h"
#include "richtextblock.h"
#include "secrets/tokenvault.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTest>
#include <QUuid>

#include <ctime>

namespace WindowTesting {

void prepareEnvironment()
{
    // The summary card shows local time; UTC makes "27 Mar 2024, 18:13" the same on every machine.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qRegisterMetaType<TokenStoreResult>();
}

namespace {

QString temporaryTemplate()
{
    const QString sandbox = TestSupport::sandboxDir();
    const QString base = sandbox.isEmpty() ? QDir::tempPath() : sandbox;
    return base + QStringLiteral("/mainwindow-XXXXXX");
}

} // namespace

Sandbox::Sandbox()
    : m_dir(temporaryTemplate())
    , m_service(QStringLiteral("message-inspector-guitest-") +
                QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

QString Sandbox::settingsFile() const
{
    return m_dir.filePath(QStringLiteral("settings.ini"));
}

QString Sandbox::historyPath() const
{
    return m_dir.filePath(QStringLiteral("history.sqlite"));
}

TestWindowOptions Sandbox::options() const
{
    TestWindowOptions options;
    options.settingsFile = settingsFile();
    options.historyPath = historyPath();
    options.keychainService = m_service;
    options.clientOptions.attemptTimeoutMs = 5000;
    options.clientOptions.deadlineMs = 30'000;
    options.clientOptions.retry.timeScale = 0.001; // a 2 s Retry-After takes 2 ms
    return options;
}

std::unique_ptr<MainWindow> makeWindow(const TestWindowOptions &options)
{
    AppServices::Options services;
    services.settingsFile = options.settingsFile;
    services.historyPath = options.historyPath;
    services.keychainService = options.keychainService;
    services.clientOptions = options.clientOptions;
    services.tokens = options.tokens;
    auto *made = new AppServices(services);
    MainWindowOptions windowOptions;
    windowOptions.settingsFile = options.settingsFile;
    windowOptions.maxPasteBytes = options.maxPasteBytes;
    auto window = std::make_unique<MainWindow>(made, windowOptions);
    made->setParent(window.get()); // the last child: destroyed after everything of the window's that uses it
    return window;
}

std::unique_ptr<MainWindow> openWindow(const TestWindowOptions &options)
{
    auto window = makeWindow(options);
    // The constructor asked the keychain for the default profile's token; its answer comes later.
    QSignalSpy spy(window->vault(), &TokenVault::finished);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("the window was not exposed");
        return nullptr;
    }
    const QString profile = window->lookupBar()->currentProfile();
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto result = args.at(0).value<TokenStoreResult>();
            if (result.operation == TokenStoreResult::Operation::Load && result.profile == profile)
                return window;
        }
        if (timer.elapsed() > 10000) {
            qWarning("the window's first keychain read did not end");
            return nullptr;
        }
        spy.wait(50);
    }
}

bool waitForDisplay(QSignalSpy &spy, int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return false;
        spy.wait(std::min(left, 200));
    }
    return spy.count() == count;
}

TokenStoreResult waitForResult(QSignalSpy &spy, quint64 id, int timeoutMs)
{
    return TestSupport::waitForTokenResult(spy, id, timeoutMs);
}

TokenStoreResult forgetToken(MainWindow &window)
{
    QSignalSpy spy(window.vault(), &TokenVault::finished);
    return waitForResult(spy, window.vault()->forget(window.lookupBar()->currentProfile()));
}

void typeAndLookUp(MainWindow &window, const QString &text)
{
    QLineEdit *edit = window.lookupBar()->findChild<QComboBox *>(QStringLiteral("messageIdEdit"))->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

TokenStoreResult saveToken(MainWindow &window, const QString &token)
{
    QSignalSpy spy(window.vault(), &TokenVault::finished);
    const quint64 id =
        window.vault()->save(window.lookupBar()->currentProfile(), token, TokenStore::Overwrite::Replace);
    return waitForResult(spy, id);
}

QString newPit()
{
    return TestSupport::newPit();
}

QString newJwt(const QString &locationId, qint64 validForSeconds)
{
    const auto part = [](const QJsonObject &object) {
        return QString::fromLatin1(
            QJsonDocument(object)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("authClass"), QStringLiteral("Location")},
                              {QStringLiteral("authClassId"), locationId},
                              {QStringLiteral("iat"), std::min(now, now + validForSeconds) - 3600},
                              {QStringLiteral("exp"), now + validForSeconds}};
    const QString signature = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    return part(header) + QLatin1Char('.') + part(payload) + QLatin1Char('.') + signature;
}

QString visibleText(const QWidget *widget)
{
    QStringList lines;
    const auto labels = widget->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->isVisibleTo(widget) && !label->text().isEmpty())
            lines << label->text();
    const auto blocks = widget->findChildren<RichTextBlock *>();
    for (const RichTextBlock *block : blocks)
        if (block->isVisibleTo(widget) && !block->text().isEmpty())
            lines << block->text();
    const auto buttons = widget->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        if (button->isVisibleTo(widget) && !button->text().isEmpty())
            lines << button->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace WindowTesting
