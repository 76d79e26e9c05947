#include "mainwindow.h"

#include "afterpaint.h"
#include "api/curlcommand.h"
#include "api/inputvalidation.h"
#include "api/resultsummary.h"
#include "appservices.h"
#include "bannerforbody.h"
#include "bannerforerror.h"
#include "batchwindow.h"
#include "common/counttext.h"
#include "diffwindow.h"
#include "errorbanner.h"
#include "fieldsview.h"
#include "historyview.h"
#include "httpview.h"
#include "jsonlinesview.h"
#include "jsontreefieldsroles.h"
#include "lookupbar.h"
#include "message/messagecomparison.h"
#include "message/messageformatting.h"
#include "message/messagesummary.h"
#include "problemsview.h"
#include "profiledialog.h"
#include "rawjsonview.h"
#include "recentidsmodel.h"
#include "relatedpanel.h"
#include "reportdialog.h"
#include "secrets/tokenstore.h"
#include "secrets/tokenvault.h"
#include "session/inspectionjob.h"
#include "session/inspectionsession.h"
#include "startupoptions.h"
#include "store/answerretentionsettings.h"
#include "store/lookuphistory.h"
#include "store/profilestore.h"
#include "summarycard.h"
#include "text/safetext.h"
#include "theme.h"
#include "thememenu.h"
#include "tokendialog.h"
#include "watchpanel.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// What the Raw tab's "re-indented" view says when there is no re-indented text.
QString prettyUnavailableReason(const InspectionResult &result)
{
    if (!result.pretty.isEmpty())
        return {};
    if (!result.prettySkipped.isEmpty())
        return result.prettySkipped;
    return MainWindow::tr("The body is not valid JSON, so it cannot be re-indented.");
}
} // namespace

MainWindow::MainWindow(AppServices *services, const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(services->session())
    , m_vault(services->vault())
    , m_profiles(services->profiles())
    , m_history(services->history())
    , m_lookupBar(new LookupBar(this))
    , m_banner(new ErrorBanner(this))
    , m_summary(new SummaryCard(this))
    , m_tabs(new QTabWidget(this))
    , m_fields(new FieldsView(this))
    , m_model(std::make_unique<Json::JsonTreeModel>())
    , m_filter(std::make_unique<Json::JsonFilterProxyModel>())
    , m_filterDelay(new QTimer(this))
    , m_statusHttp(new QLabel(this))
    , m_statusRate(new QLabel(this))
    , m_workProgress(new QProgressBar(this))
    , m_workCancel(new QToolButton(this))
{
    setWindowTitle(tr("Message Inspector"));
    setAcceptDrops(true);

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fields, tr("Fields"));
    // Placeholders until buildResultPages: the tab bar has its final tabs from the first paint.
    m_tabs->addTab(new QWidget(m_tabs), tr("Raw JSON"));
    m_tabs->addTab(new QWidget(m_tabs), tr("HTTP"));
    m_tabs->addTab(new QWidget(m_tabs), tr("Problems"));

    connect(m_summary, &SummaryCard::watchRequested, this, &MainWindow::watchMessage);
    connect(m_summary, &SummaryCard::lookUpLiveRequested, this, [this](const QString &id) {
        m_comparisonBase = m_analysis;
        lookUp(id);
    });
    m_model->setDecorator(&m_decorator);
    m_filter->setSourceModel(m_model.get());
    m_fields->setModel(m_filter.get(), jsonTreeFieldsRoles());
    // Typing is debounced; the search itself runs off the UI thread and shows matches as they come.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_fields, &FieldsView::filterTextChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_filter->setSearchText(m_fields->filterEdit()->text()); });
    connect(m_filter.get(), &Json::JsonFilterProxyModel::searchProgress, this, [this](int matches) {
        m_fields->setFilterStatus(tr("Searching… %1").arg(QLocale().toString(matches)));
    });
    connect(m_filter.get(), &Json::JsonFilterProxyModel::searchFinished, this,
            [this](int matches, bool truncated, bool cancelled) {
                if (cancelled)
                    return;
                if (m_filter->searchText().isEmpty()) {
                    m_fields->setFilterStatus({});
                    return;
                }
                const QLocale locale;
                m_fields->setFilterStatus(matches == 0 ? tr("No matches")
                                          : truncated  ? tr("First %1 matches").arg(locale.toString(matches))
                                          : matches == 1 ? tr("1 match")
                                                         : tr("%1 matches").arg(locale.toString(matches)));
                // Open the way to every match, however large the array it sits in.
                m_fields->expandToMatches(
                    [this](const QModelIndex &index) { return m_filter->leadsToMatch(index); });
            });
    m_fields->setEmptyText(welcomeText());
    connect(m_fields, &FieldsView::emptyLinkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1StringView("sample:")))
            openSample(QStringLiteral(":/samples/") + link.mid(7) + QStringLiteral(".json"));
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_lookupBar);
    auto *body = new QWidget(central);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 4, 8, 4);
    bodyLayout->addWidget(m_banner);
    bodyLayout->addWidget(m_summary);
    bodyLayout->addWidget(m_tabs, 1);
    layout->addWidget(body, 1);
    setCentralWidget(central);

    m_statusHttp->setObjectName(QStringLiteral("statusHttp"));
    m_statusHttp->setTextFormat(Qt::PlainText); // it quotes the server's reason phrase
    m_statusRate->setTextFormat(Qt::PlainText);
    m_statusRate->setObjectName(QStringLiteral("statusRate"));
    statusBar()->addWidget(m_statusHttp, 1);
    statusBar()->addPermanentWidget(m_statusRate);
    // A big body (a file of hundreds of megabytes) takes a moment to index: its progress, and a way out.
    m_workProgress->setObjectName(QStringLiteral("workProgress"));
    m_workProgress->setAccessibleName(tr("Reading the body"));
    m_workProgress->setMaximumWidth(220);
    m_workProgress->setRange(0, 1000);
    m_workCancel->setObjectName(QStringLiteral("workCancel"));
    m_workCancel->setText(tr("Cancel"));
    m_workCancel->setToolTip(tr("Stop reading this body; what was on screen stays"));
    statusBar()->addPermanentWidget(m_workProgress);
    statusBar()->addPermanentWidget(m_workCancel);
    showWorkProgress(-1, 0);
    connect(m_workCancel, &QToolButton::clicked, this, &MainWindow::cancelLookup);

    connect(m_lookupBar, &LookupBar::lookupRequested, this, &MainWindow::onLookupRequested);
    connect(m_lookupBar, &LookupBar::cancelRequested, this, &MainWindow::cancelLookup);
    connect(m_lookupBar, &LookupBar::profileSelected, this, &MainWindow::onProfileSelected);
    connect(m_lookupBar, &LookupBar::setTokenRequested, this, &MainWindow::setToken);
    connect(m_lookupBar, &LookupBar::forgetTokenRequested, this, &MainWindow::forgetToken);
    connect(m_lookupBar, &LookupBar::manageProfilesRequested, this, &MainWindow::manageProfiles);
    connect(m_banner, &ErrorBanner::actionRequested, this,
            [this](BannerContent::Action action) { onBannerAction(int(action)); });
    connect(m_banner, &ErrorBanner::detailsCopied, this,
            [this] { statusBar()->showMessage(tr("Error details copied"), 3000); });
    connect(m_summary, &SummaryCard::copied, this,
            [this](const QString &what) { statusBar()->showMessage(what, 3000); });
    connect(m_vault, &TokenVault::changed, this, [this](const QString &profile) {
        if (profile != m_profile)
            return;
        refreshTokenState();
        // "This profile has no token yet" is no longer true.
        if (m_vault->state(m_profile).storage != TokenVault::Storage::Missing &&
            m_lookupBar->inputError() == noTokenText())
            m_lookupBar->showInputError({});
    });
    // Every keychain outcome, whoever started it: a problem is worth a line in the status bar.
    connect(m_vault, &TokenVault::finished, this, [this](const TokenStoreResult &result) {
        if (!result.ok() && result.status != TokenStoreResult::Status::NotFound && !result.message.isEmpty())
            statusBar()->showMessage(result.message, 8000);
    });
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_profiles, &ProfileStore::changeFinished, this, [this](const ProfileChange &change) {
        // Follow a rename of the profile in use, so the window keeps working with the same sub-account.
        if (change.ok && change.kind == ProfileChange::Kind::Rename && change.name == m_profile) {
            m_profile = change.newName;
            refreshProfiles();
        }
    });

    buildMenus();
    restoreState();
    refreshProfiles();
    connect(m_history, &LookupHistory::availabilityChanged, this,
            [this] { statusBar()->showMessage(m_history->errorString(), 15000); });
    {
        const auto settings = openSettings(m_options.settingsFile);
        m_history->setAnswerRetention(AnswerRetentionSettings::load(*settings));
    }
    m_lookupBar->focusMessageId();
}

// The docks are made when first shown: a window that starts with them hidden does not pay for their tables
// (about half of the window's start-up time, bench/startup --parts).
WatchPanel *MainWindow::watchPanel()
{
    if (m_watchPanel)
        return m_watchPanel;
    // Watching a message settle: a dock below the tabs, shown when a watch starts.
    m_watchPanel = new WatchPanel(m_session, this);
    m_watchDock = new QDockWidget(tr("Watch"), this);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watchDock->setWidget(m_watchPanel);
    m_watchDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_watchDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_watchDock);
    if (m_historyDock)
        tabifyDockWidget(m_historyDock, m_watchDock);
    connect(m_watchDock->toggleViewAction(), &QAction::toggled, m_watchViewAction, &QAction::setChecked);
    connect(m_watchPanel, &WatchPanel::resultArrived, this, [this](const InspectionResult &result) {
        // The newest answer of the message on screen is shown as it comes (not another message's).
        if (result.ok() && result.messageId == m_lastInput && !m_job)
            present(result);
    });
    connect(m_watchPanel, &WatchPanel::compareRequested, this,
            [this](const InspectionResult &first, const InspectionResult &second, const QString &firstLabel,
                   const QString &secondLabel) {
                DiffWindow *diff = diffWindow();
                diff->compare(first, second, firstLabel, secondLabel);
                diff->show();
                diff->raise();
            });
    return m_watchPanel;
}

QDockWidget *MainWindow::watchDock()
{
    watchPanel();
    return m_watchDock;
}

HistoryView *MainWindow::historyView()
{
    if (m_historyView)
        return m_historyView;
    // The History dock: search, open again, show a kept answer, compare two, delete with undo.
    m_historyView = new HistoryView(m_history, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyView);
    m_historyDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    if (m_watchDock)
        tabifyDockWidget(m_watchDock, m_historyDock);
    connect(m_historyDock->toggleViewAction(), &QAction::toggled, m_historyViewAction, &QAction::setChecked);
    m_historyView->setAnswerRetention(m_history->answerRetention()); // read from the settings at start-up
    m_historyView->setProfiles(m_profiles->names());
    connect(m_profiles, &ProfileStore::profilesChanged, this,
            [this] { m_historyView->setProfiles(m_profiles->names()); });
    connect(m_historyView, &HistoryView::openRequested, this,
            [this](qint64, const QString &messageId, const QString &profile, bool) {
                if (!profile.isEmpty() && profile != m_profile && m_profiles->contains(profile))
                    onProfileSelected(profile);
                lookUp(messageId);
            });
    connect(m_historyView, &HistoryView::keptAnswerReady, this,
            [this](const LookupRecord &lookup, const KeptAnswer &answer) {
                m_suggestedName = lookup.messageId;
                showBody(answer.body,
                         tr("kept answer of %1")
                             .arg(QLocale().toString(answer.keptAt.toLocalTime(), QLocale::ShortFormat)));
            });
    connect(m_historyView, &HistoryView::compareRequested, this, &MainWindow::compareHistoryAnswers);
    connect(m_historyView, &HistoryView::answerRetentionChanged, this,
            [this](const AnswerRetention &retention) {
                m_history->setAnswerRetention(retention);
                const auto settings = openSettings(m_options.settingsFile);
                AnswerRetentionSettings::save(*settings, retention);
            });
    return m_historyView;
}

QDockWidget *MainWindow::historyDock()
{
    historyView();
    return m_historyDock;
}

// Shows (made on first use) or hides a dock from its View menu entry.
void MainWindow::showDock(QDockWidget *dock, bool visible)
{
    if (dock->isVisible() == visible)
        return;
    dock->setVisible(visible);
    if (visible)
        dock->raise();
}

MainWindow::~MainWindow()
{
    // A deletion still inside its undo window is carried out, not lost with the view.
    if (m_historyView)
        m_historyView->commitPendingDeletion();
    // A lookup still running ends here, without reaching a window that is gone.
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void MainWindow::compareHistoryAnswers(qint64 olderRowId, qint64 newerRowId)
{
    // Both kept answers are read on the history's thread; the diff opens once both are here.
    auto *older = new QFutureWatcher<std::optional<KeptAnswer>>(this);
    auto *newer = new QFutureWatcher<std::optional<KeptAnswer>>(this);
    const auto both = [this, older, newer, olderRowId, newerRowId] {
        if (!older->isFinished() || !newer->isFinished())
            return;
        const std::optional<KeptAnswer> a = older->future().resultCount() ? older->result() : std::nullopt;
        const std::optional<KeptAnswer> b = newer->future().resultCount() ? newer->result() : std::nullopt;
        older->deleteLater();
        newer->deleteLater();
        if (!a || !b) {
            statusBar()->showMessage(
                tr("Only lookups whose answer was kept can be compared: turn on “Keep "
                   "response bodies” for the profile (Manage profiles), then look up again."),
                8000);
            return;
        }
        DiffWindow *diff = diffWindow();
        diff->compareBodies(a->body, tr("history #%1").arg(olderRowId), b->body,
                            tr("history #%1").arg(newerRowId));
        diff->show();
        diff->raise();
    };
    connect(older, &QFutureWatcherBase::finished, this, both);
    connect(newer, &QFutureWatcherBase::finished, this, both);
    older->setFuture(m_history->keptAnswer(olderRowId));
    newer->setFuture(m_history->keptAnswer(newerRowId));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open response…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *paste = file->addAction(tr("&Paste response from clipboard"), this, &MainWindow::pasteResponse);
    paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QMenu *samples = file->addMenu(tr("Open &sample"));
    // The live shape first: it is what a lookup really returns.
    const std::pair<const char *, QString> sampleList[] = {
        {QT_TR_NOOP("Call, as the live API sends it (envelope, traceId)"),
         QStringLiteral(":/samples/live-call-completed.json")},
        {QT_TR_NOOP("Failed SMS, as the live API sends it"),
         QStringLiteral(":/samples/live-failed-sms.json")},
        {QT_TR_NOOP("InboundMessage webhook payload"), QStringLiteral(":/samples/webhook-inbound-sms.json")},
        {QT_TR_NOOP("Inbound SMS, delivered (documented shape)"),
         QStringLiteral(":/samples/inbound-sms-delivered.json")},
        {QT_TR_NOOP("Outbound email with a thread"), QStringLiteral(":/samples/outbound-email-thread.json")},
        {QT_TR_NOOP("Call that went to voicemail"), QStringLiteral(":/samples/call-voicemail.json")},
        {QT_TR_NOOP("Failed SMS"), QStringLiteral(":/samples/failed-sms.json")},
        {QT_TR_NOOP("Values the schema does not know"), QStringLiteral(":/samples/unknown-values.json")},
    };
    for (const auto &[title, path] : sampleList) {
        const QString resource = path;
        samples->addAction(tr(title), this, [this, resource] { openSample(resource); });
    }
    QAction *save = file->addAction(tr("&Save response…"), this, [this] { rawView()->saveWithDialog(); });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *copyReport = file->addAction(tr("&Copy report for a ticket…"), this,
                                          [this] { openReport(int(ReportDialog::Action::Copy)); });
    copyReport->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    file->addAction(tr("Save &report…"), this, [this] { openReport(int(ReportDialog::Action::Save)); });
    QAction *batch = file->addAction(tr("Look up &many ids…"), this, &MainWindow::openBatchWindow);
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *focusId = edit->addAction(tr("Go to message &ID"), m_lookupBar, &LookupBar::focusMessageId);
    focusId->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // One Find for the whole window: the Raw JSON tab searches its text, every other tab filters the fields.
    QAction *find = edit->addAction(tr("&Find or filter…"), this, [this] {
        if (isRawTabCurrent()) {
            rawView()->openFind();
            return;
        }
        m_tabs->setCurrentWidget(m_fields);
        m_fields->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &next"), this, [this] {
        if (isRawTabCurrent())
            rawView()->findNext();
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find p&revious"), this, [this] {
        if (isRawTabCurrent())
            rawView()->findPrevious();
    });
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *curl = edit->addAction(tr("Copy as c&URL"), this, [this] { copyCurl(false); });
    curl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addAction(tr("Copy as cURL with &token…"), this, [this] { copyCurl(true); });

    QMenu *lookup = menuBar()->addMenu(tr("&Lookup"));
    // What the id field holds now: a newly typed id is what the user wants (the last one when it is empty).
    QAction *again = lookup->addAction(tr("Look up &again"), this, [this] {
        const QString typed = m_lookupBar->messageIdInput().trimmed();
        if (!typed.isEmpty() || !m_lastInput.isEmpty())
            lookUp(typed.isEmpty() ? m_lastInput : typed);
    });
    again->setShortcut(QKeySequence::Refresh);
    lookup->addAction(tr("&Cancel"), this, &MainWindow::cancelLookup);
    QAction *watch = lookup->addAction(tr("&Watch until final"), this, [this] { watchMessage(m_lastInput); });
    watch->setShortcut(QKeySequence(Qt::Key_F6));
    lookup->addAction(tr("Stop &watching"), this, [this] {
        if (m_watchPanel)
            m_watchPanel->stop();
    });
    lookup->addAction(tr("&Compare two answers…"), this, [this] {
        DiffWindow *diff = diffWindow();
        diff->show();
        diff->raise();
    });
    lookup->addSeparator();
    lookup->addAction(tr("Set or replace &token…"), this, &MainWindow::setToken);
    lookup->addAction(tr("&Forget token"), this, &MainWindow::forgetToken);
    lookup->addAction(tr("Manage &profiles…"), this, &MainWindow::manageProfiles);
    lookup->addSeparator();
    lookup->addAction(tr("Clear lookup &history…"), this, [this] {
        // Asks first, and can be undone for a few seconds in the History view.
        historyView()->requestClearAll();
        showDock(m_historyDock, true);
    });

    // View → Theme: the desktop's colours, or light or dark whatever the desktop says; kept in the settings.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_historyViewAction =
        view->addAction(tr("&History"), this, [this](bool on) { showDock(historyDock(), on); });
    m_historyViewAction->setCheckable(true);
    m_historyViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_watchViewAction = view->addAction(tr("&Watch"), this, [this](bool on) { showDock(watchDock(), on); });
    m_watchViewAction->setCheckable(true);
    m_relatedViewAction =
        view->addAction(tr("&Related lookups"), this, [this](bool on) { showDock(relatedDock(), on); });
    m_relatedViewAction->setCheckable(true);
    m_relatedViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addSeparator();
    auto *theme = new ThemeMenu(view);
    view->addMenu(theme);
    connect(theme, &ThemeMenu::chosen, this, [this](Theme::Choice choice) {
        Theme::apply(choice);
        const auto settings = openSettings(m_options.settingsFile);
        settings->setValue(QStringLiteral("view/theme"), Theme::settingsName(choice));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Message Inspector"), this, [this] {
        QMessageBox::about(
            this, tr("About Message Inspector"),
            tr("<b>Message Inspector %1</b><p>Looks up one HighLevel conversation message by its id "
               "and shows exactly what the server sent.</p><p>The token is kept in your system "
               "keychain and sent only to the API address of the profile.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

QString MainWindow::noTokenText()
{
    return tr(
        "This profile has no token yet. Choose “No token — set one” and paste the sub-account's token.");
}

QString MainWindow::currentProfileName() const
{
    return m_profile;
}

void MainWindow::refreshProfiles()
{
    if (m_profile.isEmpty() || !m_profiles->contains(m_profile))
        m_profile = m_profiles->defaultProfileName();
    m_lookupBar->setProfiles(m_profiles->names(), m_profile);
    loadToken();
    refreshTokenState();
}

void MainWindow::loadToken()
{
    // For the token button's state; a lookup asks the session, which waits for the keychain itself. Not
    // before the first paint (startAfterFirstPaint asks then).
    if (!m_firstPaintDone)
        return;
    if (m_tokenRead.contains(m_profile) || m_vault->state(m_profile).storage != TokenVault::Storage::Missing)
        return;
    const QString profile = m_profile;
    m_vault->load(profile).then(this, [this, profile](const TokenStoreResult &) {
        m_tokenRead.insert(profile);
        if (profile == m_profile)
            refreshTokenState();
    });
}

void MainWindow::refreshTokenState()
{
    const TokenVault::State state = m_vault->state(m_profile);
    LookupBar::TokenTone tone = LookupBar::TokenTone::Ok;
    QString text = state.summary;
    if (state.storage == TokenVault::Storage::Missing && !m_tokenRead.contains(m_profile)) {
        // Not "no token" before the keychain has answered: a token may well be saved there.
        tone = LookupBar::TokenTone::Unknown;
        text = tr("Reading the keychain…");
    } else if (state.storage == TokenVault::Storage::Missing) {
        tone = LookupBar::TokenTone::Missing;
        text = tr("No token — set one");
    } else if (state.expired || state.storage == TokenVault::Storage::SessionOnly) {
        tone = LookupBar::TokenTone::Warning;
    }
    QStringList tooltip{state.summary};
    if (!state.hint.isEmpty())
        tooltip << tr("Token: %1").arg(state.hint);
    if (!state.expiryText.isEmpty())
        tooltip << state.expiryText;
    if (!state.note.isEmpty())
        tooltip << state.note;
    m_lookupBar->setTokenState(text, tooltip.join(QLatin1Char('\n')), tone);
}

void MainWindow::applyStartup(const StartupOptions &options)
{
    if (!options.profile.isEmpty())
        selectProfile(options.profile);
    if (!options.baseUrl.isEmpty())
        setBaseUrlOverride(options.baseUrl);
    if (options.action == StartupOptions::Action::LookUp)
        lookUpWhenReady(options.messageInput);
    else if (options.action == StartupOptions::Action::OpenFile)
        openFile(options.filePath);
}

bool MainWindow::selectProfile(const QString &name)
{
    if (!m_profiles->contains(name)) {
        statusBar()->showMessage(tr("There is no profile called “%1”; using “%2”.").arg(name, m_profile),
                                 8000);
        return false;
    }
    onProfileSelected(name);
    return true;
}

void MainWindow::onProfileSelected(const QString &name)
{
    if (name.isEmpty() || name == m_profile)
        return;
    m_profile = name;
    m_lookupBar->setProfiles(m_profiles->names(), m_profile);
    loadToken();
    refreshTokenState();
}

void MainWindow::setBaseUrlOverride(const QString &url)
{
    m_baseUrlOverride = url;
}

bool MainWindow::mayTakeToken(const QString &host)
{
    const QString consent = m_profile + QLatin1Char('\n') + host.toLower();
    if (m_tokenConsents.contains(consent))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Send the token to %1?").arg(host),
                    tr("The API address given on the command line, %1, is not HighLevel's "
                       "(services.leadconnectorhq.com). This lookup would send the token of the profile “%2” "
                       "there, and whoever runs that server could use it.\n\nSend the token to %3?")
                        .arg(m_baseUrlOverride, m_profile, host),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Send the token"));
    box.button(QMessageBox::No)->setText(tr("Do not send"));
    if (box.exec() != QMessageBox::Yes)
        return false;
    m_tokenConsents.insert(consent);
    return true;
}

void MainWindow::watchMessage(const QString &messageId)
{
    if (messageId.isEmpty()) {
        statusBar()->showMessage(
            tr("Look up a message first; then it can be watched until its status is final."), 5000);
        return;
    }
    watchPanel()->watch(lookupRequest(messageId)); // the same profile and address as a lookup
    showDock(m_watchDock, true);
}

DiffWindow *MainWindow::existingDiffWindow() const
{
    return m_diffWindow.data();
}

DiffWindow *MainWindow::diffWindow()
{
    if (!m_diffWindow)
        m_diffWindow =
            new DiffWindow(m_session, this); // a window of its own (Qt::Window), closed with this one
    return m_diffWindow;
}

void MainWindow::openReport(int action)
{
    if (!m_shownResult) {
        statusBar()->showMessage(tr("Look up or open a message first; then a report can be made of it."),
                                 5000);
        return;
    }
    MessageReport::Options options;
    const QString profile = m_shownResult->profile.isEmpty() ? m_profile : m_shownResult->profile;
    if (const auto p = m_profiles->profile(profile)) {
        options.webAppUrl = p->webAppUrl;
        options.conversationLinkTemplate = p->conversationLinkTemplate;
    }
    options.token = m_vault->token(profile); // removed wherever it appears, never shown
    if (m_shownResult->wasSent())
        options.lookedUpAt = m_answeredAt;
    options.zone = QTimeZone::systemTimeZone();
    auto *dialog = new ReportDialog(*m_shownResult, options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDefaultAction(ReportDialog::Action(action));
    connect(dialog, &ReportDialog::copied, this,
            [this] { statusBar()->showMessage(tr("Report copied (personal data masked as chosen)"), 4000); });
    dialog->open();
    emit reportOpened(dialog);
}

void MainWindow::openBatchWindow()
{
    auto *window = new BatchWindow(m_session, m_profile, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // An address from the command line only once the user agreed to send this profile's token there.
    if (!m_baseUrlOverride.isEmpty()) {
        const QString host = QUrl(m_baseUrlOverride).host().toLower();
        if (InputValidation::isHighLevelOrLoopbackHost(host) ||
            m_tokenConsents.contains(m_profile + QLatin1Char('\n') + host))
            window->setBaseUrlOverride(m_baseUrlOverride);
    }
    connect(window, &BatchWindow::inspectRequested, this,
            [this](const QString &messageId, const QString &profile) {
                if (!profile.isEmpty() && profile != m_profile && m_profiles->contains(profile))
                    onProfileSelected(profile);
                lookUp(messageId);
                raise();
                activateWindow();
            });
    window->show();
    emit batchWindowOpened(window);
}

void MainWindow::lookUp(const QString &input)
{
    m_lookupBar->setMessageIdInput(input);
    onLookupRequested(input);
}

void MainWindow::onLookupRequested(const QString &input)
{
    const TokenVault::State state = m_vault->state(m_profile);
    if (state.expired) {
        const auto answer = QMessageBox::warning(
            this, tr("The token has expired"),
            tr("The token of “%1” %2, so HighLevel will most likely answer 401. Send the lookup anyway?")
                .arg(m_profile, state.expiryText),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_lookupBar->showInputError({}); // the explanation of an earlier refusal no longer applies
    inspect(lookupRequest(input));
}

InspectionRequest MainWindow::lookupRequest(const QString &input) const
{
    InspectionRequest request = InspectionRequest::lookup(input, m_profile);
    request.baseUrlOverride = m_baseUrlOverride;
    if (!m_baseUrlOverride.isEmpty()) {
        // A host the user already agreed to (the session refuses any other that is not HighLevel's).
        const QString host = QUrl(m_baseUrlOverride).host().toLower();
        if (m_tokenConsents.contains(m_profile + QLatin1Char('\n') + host))
            request.allowHost = host;
    }
    return request;
}

void MainWindow::inspect(InspectionRequest request)
{
    if (m_job) {
        // A newer inspection replaces the one still running: its answer is no longer wanted.
        m_job->disconnect(this);
        m_job->cancel();
    }
    request.prettyPrint = true; // the Raw tab's re-indented text is made off the UI thread too
    InspectionJob *job = m_session->inspect(request);
    m_job = job;
    connect(job, &InspectionJob::accepted, this, [this](const QString &messageId) {
        // The input passed every check: until the answer comes, what is on screen is the previous result.
        m_lookupBar->showInputError({});
        m_lookupBar->setMessageIdInput(messageId);
        m_lookupBar->setBusy(true);
        m_banner->clear();
        m_summary->markPrevious(
            tr("previous result; looking up %1…").arg(SafeText::forDisplay(messageId, 40)));
    });
    connect(job, &InspectionJob::progress, this, [this](const QString &text) {
        if (m_lookupBar->isBusy())
            m_lookupBar->setProgressText(text);
    });
    connect(job, &InspectionJob::workProgress, this, &MainWindow::showWorkProgress);
    connect(job, &InspectionJob::finished, this, [this](const InspectionResult &result) {
        m_job = nullptr;
        showWorkProgress(-1, 0);
        present(result);
        finishDisplay();
    });
}

void MainWindow::showWorkProgress(qint64 done, qint64 total)
{
    const bool working = done >= 0 && total > 0;
    m_workProgress->setVisible(working);
    m_workCancel->setVisible(working);
    if (!working)
        return;
    m_workProgress->setValue(int(done * 1000 / total));
    m_workProgress->setFormat(
        tr("Reading %1 of %2").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void MainWindow::cancelLookup()
{
    if (m_job)
        m_job->cancel();
}

bool MainWindow::isLookingUp() const
{
    return m_job && m_job->request().source == InspectionRequest::Source::Lookup;
}

namespace {
// Where the result pages are in the tab bar (Fields first; the order never changes).
constexpr int rawTabIndex = 1;
constexpr int httpTabIndex = 2;
constexpr int problemsTabIndex = 3;
} // namespace

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !std::exchange(m_firstPaintSeen, true))
        AfterPaint::post(this, [this] { startAfterFirstPaint(); });
    return handled;
}

void MainWindow::startAfterFirstPaint()
{
    // Issue 16: the first paint waits for none of this. The keychain is asked over D-Bus, the history opens
    // its SQLite file on its own thread (both would compete with the first paint for the two cores this
    // often has), and the result tabs are built.
    m_firstPaintDone = true;
    // The icon is an SVG: rendering it loads Qt's SVG plugin and library, a few milliseconds the first paint
    // does not need (the title bar gets it a moment later).
    setWindowIcon(QIcon(QStringLiteral(":/icons/message-inspector.svg")));
    buildResultPages();
    loadToken();
    // The history answers from its own thread; the id drop-down (outcome and time beside each id) follows
    // each of its changes.
    m_lookupBar->setRecentIdsModel(new RecentIdsModel(m_history, this));
}

void MainWindow::buildResultPages()
{
    if (m_rawView)
        return;
    m_httpView = new HttpView(m_tabs);
    m_rawView = new RawJsonView(m_tabs);
    m_problems = new ProblemsView(m_tabs);
    m_rawView->setShortcutsEnabled(false); // the window owns Ctrl+F, F3 and Ctrl+S
    connect(m_httpView, &HttpView::copyCurlRequested, this, &MainWindow::copyCurl);
    connect(m_problems, &ProblemsView::pathActivated, this, [this](const QString &path) {
        const QModelIndex index = m_model->indexForPath(path);
        if (!index.isValid())
            return;
        // The tree shows the filter model: select the node there, clearing a filter that hides it.
        QModelIndex shown = m_filter->mapFromSource(index);
        if (!shown.isValid()) {
            m_fields->filterEdit()->clear();
            m_filterDelay->stop();
            m_filter->setSearchText({});
            shown = m_filter->mapFromSource(index);
        }
        m_tabs->setCurrentWidget(m_fields);
        m_fields->selectIndex(shown);
    });
    // In place of the placeholders, with their titles (Problems may have been counted already); the current
    // tab stays current and nobody is told of a change.
    const QSignalBlocker quiet(m_tabs);
    const int current = m_tabs->currentIndex();
    for (const auto &[index, page] : {std::pair<int, QWidget *>{rawTabIndex, m_rawView},
                                      {httpTabIndex, m_httpView},
                                      {problemsTabIndex, m_problems}}) {
        QWidget *placeholder = m_tabs->widget(index);
        const QString title = m_tabs->tabText(index);
        m_tabs->removeTab(index);
        m_tabs->insertTab(index, page, title);
        placeholder->deleteLater();
    }
    m_tabs->setCurrentIndex(current);
}

HttpView *MainWindow::httpView()
{
    buildResultPages();
    return m_httpView;
}

RawJsonView *MainWindow::rawView()
{
    buildResultPages();
    return m_rawView;
}

ProblemsView *MainWindow::problemsView()
{
    buildResultPages();
    return m_problems;
}

bool MainWindow::isRawTabCurrent() const
{
    return m_tabs->currentIndex() == rawTabIndex;
}

void MainWindow::present(const InspectionResult &result)
{
    m_lookupBar->setBusy(false);
    if (result.request.source == InspectionRequest::Source::Lookup)
        presentLookup(result);
    else
        presentBody(result);
}

void MainWindow::presentLookup(const InspectionResult &result)
{
    if (result.wasSent()) {
        m_lastResult = *result.http;
        m_answeredAt = QDateTime::currentDateTimeUtc();
    }
    if (result.failure && result.failure->category == InspectionFailure::Category::Cancelled) {
        // The user stopped it: what was on screen before stays, with a note that this lookup did not finish.
        m_summary->markPrevious(tr("previous result; the last lookup was cancelled"));
        m_banner->showContent(bannerForError(result));
        return;
    }
    if (!result.wasSent()) {
        presentRefusal(result);
        return;
    }
    m_lastInput = result.messageId;
    showStatus(*result.http);
    if (result.ok()) {
        // The HTTP tab is filled with the rest, after the card's paint (showRest).
        m_banner->clear();
        m_analysisSourceNote = result.sourceNote();
        m_suggestedName = result.messageId;
        m_analysisFromFile = false;
        m_showingLookup = true;
        showResult(result);
        return;
    }
    httpView()->setResult(*result.http);
    m_banner->showContent(bannerForError(result));
    clearDisplay();
    m_shownResult = result; // a failed lookup has a report too: the error, its traceId, the HTTP facts
    // The raw response stays inspectable: whatever body came is in the Raw tab, the exchange in HTTP.
    rawView()->setBody(result.body, result.bodyKeepAlive);
    if (!result.body.isEmpty())
        m_rawView->setPrettyText(result.pretty, prettyUnavailableReason(result));
}

void MainWindow::presentRefusal(const InspectionResult &result)
{
    const InspectionFailure &failure = *result.failure;
    const QString input = result.request.input;
    if (failure.kind == InspectionFailure::invalidInputKind) {
        // Refused before sending: nothing changed on screen except the explanation next to the field.
        const bool idRefused = result.messageId.isEmpty();
        m_lookupBar->showInputError(idRefused ? failure.cause
                                              : failure.title + QLatin1Char(' ') + failure.cause);
        if (idRefused)
            m_summary->markPrevious(tr("previous result; the id in the field was refused"));
        if (idRefused && InputValidation::looksLikeToken(input)) {
            // A token pasted here does not stay on screen (the field's undo history goes with it); the
            // explanation is shown again, since editing the field hides it.
            m_lookupBar->setMessageIdInput({});
            m_lookupBar->showInputError(failure.cause);
        }
        return;
    }
    if (failure.kind == InspectionFailure::hostNotAllowedKind) {
        const QString host = QUrl(result.request.baseUrlOverride).host();
        if (mayTakeToken(host)) {
            lookUp(input);
            return;
        }
        m_lookupBar->showInputError(
            tr("Not sent: the token stays away from that address. Start without --base-url to use the "
               "profile's API address."));
        return;
    }
    if (failure.category == InspectionFailure::Category::Authentication) {
        // No token (or the keychain would not give it): say so beside the field and offer the dialog; once a
        // token is saved the lookup runs.
        const bool none = failure.kind == InspectionFailure::noTokenKind ||
                          failure.kind == InspectionFailure::keychainUnavailableKind;
        m_lookupBar->showInputError(none ? noTokenText()
                                         : failure.title + QStringLiteral(". ") + failure.nextStep);
        askForToken(result.messageId.isEmpty() ? input : result.messageId);
        return;
    }
    m_banner->showContent(bannerForError(result));
}

void MainWindow::askForToken(const QString &input)
{
    m_lookupAfterToken = input;
    // From the event loop: the request may come from inside the id field's own key handling, which must not
    // be re-entered by a modal dialog. One dialog at a time, however often the lookup is asked for.
    if (!std::exchange(m_tokenDialogScheduled, true))
        QTimer::singleShot(0, this, [this] {
            if (!m_lookupAfterToken.isEmpty())
                setToken();
            m_tokenDialogScheduled = false;
        });
}

void MainWindow::presentBody(const InspectionResult &result)
{
    if (result.failure && result.failure->category == InspectionFailure::Category::Cancelled)
        return;
    if (result.failure && result.body.isEmpty() && result.request.source == InspectionRequest::Source::File &&
        result.failure->kind != QLatin1StringView("not_json")) {
        // The file could not be read (missing, a folder, too large): what was on screen stays.
        m_banner->showContent(bannerForError(result));
        return;
    }
    m_banner->clear();
    if (m_httpView)
        m_httpView->clear();
    m_statusRate->clear();
    const QString origin = result.request.origin;
    if (result.request.source == InspectionRequest::Source::File) {
        m_statusHttp->setText(tr("Opened %1").arg(QFileInfo(result.request.input).fileName()));
        m_suggestedName = QFileInfo(result.request.input).completeBaseName();
    } else if (origin == QLatin1StringView("sample")) {
        m_statusHttp->setText(tr("Sample: %1").arg(m_suggestedName));
    } else if (origin == QLatin1StringView("pasted")) {
        m_statusHttp->setText(tr("Pasted from the clipboard"));
        m_suggestedName = QStringLiteral("pasted");
    } else if (origin == QLatin1StringView("dropped")) {
        m_statusHttp->setText(tr("Dropped text"));
        m_suggestedName = QStringLiteral("dropped");
    } else {
        m_statusHttp->setText(origin); // a JSON Lines record: "line 12 of hooks.jsonl"
    }
    m_analysisSourceNote = result.sourceNote();
    m_analysisFromFile = result.request.source == InspectionRequest::Source::File;
    m_showingLookup = false;
    showResult(result);
}

void MainWindow::showStatus(const ApiResult &result)
{
    m_statusHttp->setText(ResultSummary::statusLine(result));
    m_statusRate->setText(ResultSummary::rateLimitLine(result.rateLimit));
    m_statusRate->setToolTip(
        tr("Rate limits reported by HighLevel: requests left in the current burst window "
           "and today"));
}

QString MainWindow::statusText() const
{
    QStringList parts{m_statusHttp->text()};
    if (!m_statusRate->text().isEmpty())
        parts << m_statusRate->text();
    return parts.join(QStringLiteral(" · "));
}

QString MainWindow::welcomeText()
{
    // The first screen a newcomer sees: what to do, and one click to see everything the window can show.
    const QString link = QStringLiteral("<a href=\"sample:%1\">%2</a>");
    const QStringList samples{
        link.arg(QStringLiteral("live-call-completed"), tr("a call, as the live API sends it")),
        link.arg(QStringLiteral("live-failed-sms"), tr("a failed SMS, as the live API sends it")),
        link.arg(QStringLiteral("webhook-inbound-sms"), tr("an InboundMessage webhook")),
        link.arg(QStringLiteral("inbound-sms-delivered"), tr("an inbound SMS, delivered")),
        link.arg(QStringLiteral("outbound-email-thread"), tr("an outbound email with a thread")),
        link.arg(QStringLiteral("call-voicemail"), tr("a call that went to voicemail")),
        link.arg(QStringLiteral("failed-sms"), tr("a failed SMS")),
        link.arg(QStringLiteral("unknown-values"), tr("values the schema does not know")),
    };
    return tr("<p style=\"font-size:large\"><b>Paste a message id above and press Enter.</b></p>"
              "<p>A link that contains the id works too. Set the sub-account's token first with the button "
              "next "
              "to the profile.</p>"
              "<p>No token at hand? Open a sample: %1.</p>"
              "<p>Or open a saved response: File → Open (Ctrl+O), drop a file here, or paste one "
              "(Ctrl+Shift+V).</p>")
        .arg(samples.join(QStringLiteral(" · ")));
}

void MainWindow::clearDisplay()
{
    m_shownResult.reset();
    m_restPending = false;
    if (m_relatedPanel)
        m_relatedPanel->clear();
    m_analysis = {};
    m_model->setDocument({});
    m_summary->clear();
    if (m_rawView) {
        m_rawView->clear();
        m_problems->clear();
    }
    m_fields->setEmptyText(tr("Nothing to show: the lookup did not return a message."));
    updateProblemsTitle();
}

void MainWindow::showBody(const QByteArray &body, const QString &origin)
{
    // Samples, pasted and dropped text: the session analyses them like any answer, off the UI thread.
    inspect(InspectionRequest::bytes(body, origin));
}

void MainWindow::showResult(const InspectionResult &result)
{
    m_analysis = result.analysis;
    m_bodyFacts = result.bodyFacts;
    m_shownResult = result;
    showAnalysis();
    // The card and the Fields tree are painted first; the HTTP and Raw tabs and the Related panel follow
    // (finishDisplay).
    m_restPending = true;
}

void MainWindow::showRest(const InspectionResult &result)
{
    buildResultPages();
    if (result.request.source == InspectionRequest::Source::Lookup && result.http)
        m_httpView->setResult(*result.http);
    m_rawView->setSuggestedFileName(
        (m_suggestedName.isEmpty() ? QStringLiteral("message") : m_suggestedName) + u".json"_qs);
    m_rawView->setBody(result.body, result.bodyKeepAlive);
    m_rawView->setPrettyText(result.pretty, prettyUnavailableReason(result));
    showRelated(result);
}

void MainWindow::finishDisplay()
{
    if (!m_restPending) {
        emit displayFinished();
        return;
    }
    // Issue 16: the card is on screen within a few milliseconds of the answer's last byte. The HTTP and Raw
    // tabs (one tab is in view at a time) and the Related panel beside take as long again to fill, lay out
    // and paint, so they are filled once the card's paint pass is done; displayFinished says the whole
    // answer is shown.
    AfterPaint::post(this, [this] {
        if (std::exchange(m_restPending, false) && m_shownResult)
            showRest(*m_shownResult);
        emit displayFinished();
    });
}

// Made with the first message shown (or when View → Related lookups asks), not at start-up.
RelatedPanel *MainWindow::relatedPanel()
{
    if (m_relatedPanel)
        return m_relatedPanel;
    // Beside the card and the tabs: the message's thread, call, conversation and contact, and why it failed.
    m_relatedPanel = new RelatedPanel(m_session, this);
    m_relatedDock = new QDockWidget(tr("Related"), this);
    m_relatedDock->setObjectName(QStringLiteral("relatedDock"));
    // In a scroll area: opening the dock on a small window (800 px) squeezes the panel, never the window.
    auto *scroll = new QScrollArea(m_relatedDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_relatedPanel);
    m_relatedDock->setWidget(scroll);
    m_relatedDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_relatedDock);
    m_relatedDock->hide();
    connect(m_relatedDock->toggleViewAction(), &QAction::toggled, m_relatedViewAction, &QAction::setChecked);
    // A message picked in a related answer is looked up like any other: the same profile and address.
    connect(m_relatedPanel, &RelatedPanel::inspectMessageRequested, this,
            [this](const QString &messageId) { lookUp(messageId); });
    connect(m_relatedPanel, &RelatedPanel::failureExplained, this, [this] {
        m_relatedDock->show();
        m_relatedDock->raise();
    });
    connect(m_relatedPanel, &RelatedPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    return m_relatedPanel;
}

QDockWidget *MainWindow::relatedDock()
{
    relatedPanel();
    return m_relatedDock;
}

void MainWindow::showRelated(const InspectionResult &result)
{
    // Related lookups use the profile that made the answer (a file or a sample: the one selected now).
    relatedPanel()->setMessage(result, result.profile.isEmpty() ? m_profile : result.profile);
}

void MainWindow::showAnalysis()
{
    const Json::Document &document = m_analysis.document;
    // The tree's decorations follow the shape (the live envelope puts the message at $.message).
    m_decorator.setShape(m_analysis.shape);
    // A filter typed for the previous message would open this one as an empty tree: start unfiltered.
    if (!m_fields->filterEdit()->text().isEmpty()) {
        m_fields->filterEdit()->clear();
        m_filterDelay->stop();
        m_filter->setSearchText({});
        m_fields->setFilterStatus({});
    }
    m_model->setDocument(document, m_analysis.rootChildren);
    problemsView()->setFindings(m_analysis.findings);
    updateProblemsTitle();
    if (document.hasError()) {
        // In words a person can act on: empty, not text at all, or JSON with a mistake at a place.
        const BannerContent content = bannerForUnreadableBody(m_bodyFacts, document.bytes().size(),
                                                              document.error(), m_analysisFromFile);
        m_fields->setEmptyText(fieldsTextForUnreadableBody(content));
        m_banner->showContent(content);
        m_summary->clear();
        return;
    }
    m_fields->setEmptyText({});
    const MessageSummary summary = MessageSummary::from(m_analysis);
    if (summary.isMessage) {
        m_summary->setSourceNote(m_analysisSourceNote);
        m_summary->setContent(summary);
        m_summary->setWatchAvailable(m_showingLookup &&
                                     m_analysis.shape.kind != ResponseShape::Kind::WebhookEvent);
    } else {
        m_summary->clear();
    }
    if (m_comparisonBase && m_analysis.shape.kind != ResponseShape::Kind::WebhookEvent) {
        if (summary.isMessage && m_comparisonBase->view.id.value == m_analysis.view.id.value) {
            const QStringList lines =
                MessageComparison::compare(*m_comparisonBase, m_analysis).describe(tr("webhook"), tr("live"));
            m_summary->setComparison(lines.isEmpty() ? tr("The webhook and the live message agree.")
                                                     : tr("Where the webhook and the live message differ:"),
                                     lines);
        }
        m_comparisonBase.reset();
    }
    // The message node of an envelope opens by itself: that is where everything a person wants is.
    if (m_analysis.shape.messagePath != QLatin1StringView("$") && !m_analysis.shape.messagePath.isEmpty()) {
        const QModelIndex message =
            m_filter->mapFromSource(m_model->indexForPath(m_analysis.shape.messagePath));
        if (message.isValid())
            m_fields->tree()->expand(message);
    }
    // The screen belongs to one id: the title says which and where it came from.
    const QString id = summary.messageId.isEmpty() ? QString() : SafeText::forDisplay(summary.messageId, 40);
    setWindowTitle(
        id.isEmpty() ? tr("Message Inspector — %1").arg(summary.origin)
                     : tr("%1 (%2) — Message Inspector")
                           .arg(id, m_analysisSourceNote.isEmpty() ? summary.origin : m_analysisSourceNote));
}

void MainWindow::updateProblemsTitle()
{
    // The live API's known differences from the documentation are not problems: counted apart.
    int known = 0;
    for (const Finding &finding : m_analysis.findings)
        known += finding.severity == Finding::Severity::KnownDifference ? 1 : 0;
    const int count = (m_problems ? m_problems->count() : 0) - known;
    QString title = count > 0 ? tr("Problems (%1)").arg(count) : tr("Problems");
    if (known > 0)
        title += tr(" · %1 known").arg(known);
    // The tab bar lays itself out and repaints on every setTabText, even to the same text: only a change.
    if (m_tabs->tabText(problemsTabIndex) != title)
        m_tabs->setTabText(problemsTabIndex, title);
}

bool MainWindow::isJsonLinesFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1StringView("jsonl") || suffix == QLatin1StringView("ndjson");
}

void MainWindow::openJsonLines(const QString &path)
{
    if (!m_recordsView) {
        m_recordsView = new JsonLinesView(this);
        m_recordsDock = new QDockWidget(tr("Records"), this);
        m_recordsDock->setObjectName(QStringLiteral("recordsDock"));
        m_recordsDock->setWidget(m_recordsView);
        addDockWidget(Qt::BottomDockWidgetArea, m_recordsDock);
        connect(
            m_recordsView, &JsonLinesView::recordChosen, this, [this](const QByteArray &body, qint64 line) {
                m_suggestedName =
                    tr("%1-line-%2").arg(QFileInfo(m_recordsView->fileName()).completeBaseName()).arg(line);
                // The record is inspected like any body; where it came from is its origin (status bar, card).
                inspect(InspectionRequest::bytes(
                    body, tr("line %1 of %2").arg(QLocale().toString(line), m_recordsView->fileName())));
            });
        connect(m_recordsView, &JsonLinesView::loadFinished, this, [this](bool ok, const QString &message) {
            statusBar()->showMessage(message, ok ? 8000 : 15000);
            emit displayFinished();
        });
    }
    m_recordsDock->show();
    m_recordsDock->raise();
    m_recordsView->openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (isJsonLinesFile(path)) {
        openJsonLines(path);
        return;
    }
    // Read (bounded) and analysed off the UI thread by the session; a file that cannot be read gets a banner.
    inspect(InspectionRequest::file(path));
}

void MainWindow::openSample(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_suggestedName = QFileInfo(resourcePath).completeBaseName();
    showBody(file.readAll(), QStringLiteral("sample")); // a bundled resource of a few kilobytes
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a saved response"), QString(),
        tr("JSON responses (*.json);;JSON Lines (*.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::pasteResponse()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to open as a response."), 5000);
        return;
    }
    if (!pasteFits(text) || offerLookupFor(text))
        return;
    showBody(text.toUtf8(), QStringLiteral("pasted"));
}

bool MainWindow::offerLookupFor(const QString &text)
{
    // A message id or a link (pasted from a ticket) is not a response: look it up instead of saying
    // "not valid JSON".
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('[')) || trimmed.size() > 2048)
        return false;
    const auto id = InputValidation::messageId(trimmed);
    if (!id.ok())
        return false;
    statusBar()->showMessage(tr("That is a message id, not a response: looking it up."), 5000);
    lookUp(id.value);
    return true;
}

bool MainWindow::pasteFits(const QString &text)
{
    // A UTF-16 code unit is at least one UTF-8 byte, so a text with more units than the bound never fits and
    // is refused before it is converted.
    const qint64 bound = m_options.maxPasteBytes;
    if (text.size() <= bound && (text.size() * 3 <= bound || QStringView(text).toUtf8().size() <= bound))
        return true;
    BannerContent content;
    content.title = tr("The text is too large to open");
    content.cause = tr("It is larger than %1, the limit for a response (the same as from the network).")
                        .arg(QLocale().formattedDataSize(bound));
    content.nextStep = tr("Save it to a file and open that, or paste a single message response.");
    m_banner->showContent(content);
    return false;
}

void MainWindow::setToken()
{
    const bool replacing = m_vault->state(m_profile).storage != TokenVault::Storage::Missing;
    TokenDialog dialog(m_profile, replacing, this);
    if (dialog.exec() != QDialog::Accepted || dialog.token().isEmpty()) {
        m_lookupAfterToken.clear(); // no token: the waiting lookup is not sent
        return;
    }
    const QString token = dialog.token();
    // Replacing the token this window knows about is what the user asked for. When the window knew of none
    // but the keychain holds a different one (saved elsewhere, or unreadable a moment ago), ask first.
    if (replacing) {
        m_vault->save(m_profile, token, TokenStore::Overwrite::Replace)
            .then(this, [this, token](const TokenStoreResult &result) { onTokenSaved(result, token); });
        return;
    }
    m_vault->save(m_profile, token, TokenStore::Overwrite::Refuse)
        .then(this, [this, token](const TokenStoreResult &result) { onTokenSaved(result, token); });
}

void MainWindow::onTokenSaved(const TokenStoreResult &result, const QString &token)
{
    if (result.status == TokenStoreResult::Status::Exists) {
        const auto answer = QMessageBox::question(this, tr("Replace the saved token?"),
                                                  tr("The keychain already holds a different token for “%1”. "
                                                     "Replace it with the one you just entered?")
                                                      .arg(result.profile));
        if (answer == QMessageBox::Yes) {
            m_vault->save(result.profile, token, TokenStore::Overwrite::Replace)
                .then(this,
                      [this, token](const TokenStoreResult &replaced) { onTokenSaved(replaced, token); });
        } else {
            m_lookupAfterToken.clear();
        }
        return;
    }
    // The token the user was asked for is there (in the keychain, or for this session): the lookup that
    // needed it runs by itself.
    if (m_vault->token(result.profile) == token && result.profile == m_profile &&
        !m_lookupAfterToken.isEmpty())
        lookUp(std::exchange(m_lookupAfterToken, QString()));
}

void MainWindow::forgetToken()
{
    if (m_vault->state(m_profile).storage == TokenVault::Storage::Missing)
        return;
    const auto answer = QMessageBox::question(this, tr("Forget token"),
                                              tr("Remove the token of “%1” from this computer's keychain? "
                                                 "You will need to paste it again to look up "
                                                 "messages with this profile.")
                                                  .arg(m_profile));
    if (answer == QMessageBox::Yes)
        m_vault->forget(m_profile);
}

void MainWindow::manageProfiles()
{
    ProfileDialog dialog(m_profiles, m_profile, this);
    dialog.exec();
    refreshProfiles();
}

void MainWindow::copyCurl(bool includeToken)
{
    if (m_lastResult.url.isEmpty()) {
        statusBar()->showMessage(tr("Look up a message first; then its request can be copied as cURL."),
                                 5000);
        return;
    }
    QString token;
    if (includeToken) {
        const auto answer = QMessageBox::warning(this, tr("Copy with the token?"),
                                                 tr("The copied command will contain the real token. Anyone "
                                                    "who sees it can read this sub-account's "
                                                    "conversations. Copy it anyway?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        // The token of the profile that made this result, never the one selected now: a cURL command that
        // pairs one sub-account's token with another's request would send it where it was never sent.
        token = m_vault->token(m_lastResult.profile);
        if (token.isEmpty()) {
            statusBar()->showMessage(
                tr("The profile “%1” that made this lookup has no token now, so nothing was "
                   "copied.")
                    .arg(m_lastResult.profile),
                6000);
            return;
        }
    }
    QApplication::clipboard()->setText(CurlCommand::fromResult(m_lastResult, token));
    statusBar()->showMessage(includeToken ? tr("cURL command copied, including the token")
                                          : tr("cURL command copied (token replaced by $HIGHLEVEL_TOKEN)"),
                             4000);
}

void MainWindow::onBannerAction(int action)
{
    switch (BannerContent::Action(action)) {
    case BannerContent::Action::Retry:
        if (!m_lastInput.isEmpty())
            lookUp(m_lastInput);
        break;
    case BannerContent::Action::UpdateToken:
        // Retry cannot help a refused token; a new one can, and the lookup runs again once it is saved.
        m_lookupAfterToken = m_lastInput;
        setToken();
        break;
    case BannerContent::Action::OpenSettings:
        manageProfiles();
        break;
    case BannerContent::Action::None:
        break;
    }
}

void MainWindow::restoreState()
{
    const auto settings = openSettings(m_options.settingsFile);
    settings->beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(settings->value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 820);
    const int tab = settings->value(QStringLiteral("tab"), 0).toInt();
    if (tab != m_tabs->indexOf(m_fields))
        buildResultPages(); // the first paint shows that tab: it must be there
    m_tabs->setCurrentIndex(tab);
    const QString profile = settings->value(QStringLiteral("profile")).toString();
    if (m_profiles->contains(profile))
        m_profile = profile;
    settings->endGroup();
    // A theme chosen earlier; without one the desktop's colours stay untouched.
    const auto theme = Theme::fromSettingsName(settings->value(QStringLiteral("view/theme")).toString());
    if (theme && *theme != Theme::current())
        Theme::apply(*theme);
    if (auto *menu = findChild<ThemeMenu *>())
        menu->setCurrent(Theme::current());
}

void MainWindow::saveState()
{
    const auto settings = openSettings(m_options.settingsFile);
    settings->beginGroup(QStringLiteral("window"));
    settings->setValue(QStringLiteral("geometry"), saveGeometry());
    settings->setValue(QStringLiteral("tab"), m_tabs->currentIndex());
    settings->setValue(QStringLiteral("profile"), m_profile);
    settings->endGroup();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if ((mime->hasUrls() && mime->urls().size() == 1 && mime->urls().first().isLocalFile()) ||
        mime->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
    } else if (mime->hasText()) {
        // Dropped text is either a response body or an id/link to look up.
        const QString text = mime->text().trimmed();
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            if (!pasteFits(text))
                return;
            showBody(text.toUtf8(), QStringLiteral("dropped"));
        } else {
            lookUp(text);
        }
    }
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLookup();
    if (m_watchPanel)
        m_watchPanel->stop();
    if (m_historyView)
        m_historyView->commitPendingDeletion();
    saveState();
    event->accept();
}
