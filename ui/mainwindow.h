#pragma once

#include "api/apiresult.h"
#include "message/messageanalysis.h"
#include "message/messagedecorator.h"
#include "session/inspectionresult.h"
#include "text/bodyfacts.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class ErrorBanner;
struct StartupOptions;
class FieldsView;
class ProblemsView;
template <typename T> class QFutureWatcher;
namespace Json {
class JsonFilterProxyModel;
class JsonTreeModel;
} // namespace Json
class AppServices;
class DiffWindow;
class HistoryView;
class QDialog;
class QAction;
class QDockWidget;
class RelatedPanel;
class WatchPanel;
class HttpView;
class InspectionJob;
class InspectionSession;
class LookupBar;
class LookupHistory;
class ProfileStore;
class JsonLinesView;
class QLabel;
class QProgressBar;
class QToolButton;
class QTabWidget;
class RawJsonView;
class SummaryCard;
class TokenVault;
struct TokenStoreResult;

// Where the window keeps its own state. The defaults are the product's; tests give their own settings file
// and shrink the paste bound.
struct MainWindowOptions
{
    QString settingsFile; // window geometry, tab, profile, theme; empty: the application's QSettings
    // Pasted or dropped response text longer than this (in UTF-8 bytes) is refused with an explanation; the
    // same bound as a body from the network. Tests shrink it.
    qint64 maxPasteBytes = 64LL * 1024 * 1024;
};

// The inspector: lookup bar, error banner, summary card, and the Fields / Raw JSON / HTTP / Problems tabs.
// Data flows one way: the bar's input → InspectionRequest → the core's InspectionSession → InspectionResult
// → models → widgets. The window never parses, validates or sends by itself; the services (session, profiles,
// vault, history) are made by main() (AppServices) and outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppServices *services, const MainWindowOptions &options = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // Does what the command line asked: profile, API address, then the lookup (once the token is read) or the
    // file.
    void applyStartup(const StartupOptions &options);
    // Start-up requests from the command line.
    bool selectProfile(const QString &name); // false (and a message) when there is no such profile
    // An API address from the command line. Before the first lookup sends a profile's token to a host that is
    // neither HighLevel's nor loopback, the window asks (once per profile and address).
    void setBaseUrlOverride(const QString &url);
    void lookUp(const QString &input);
    // The same as lookUp: the session waits for the profile's token to arrive from the keychain first.
    void lookUpWhenReady(const QString &input) { lookUp(input); }
    void cancelLookup();
    bool isLookingUp() const;
    void openFile(const QString &path);
    void openSample(const QString &resourcePath);
    void showBody(const QByteArray &body, const QString &origin);

    // For tests and the screenshot tool.
    LookupBar *lookupBar() const { return m_lookupBar; }
    ErrorBanner *banner() const { return m_banner; }
    SummaryCard *summaryCard() const { return m_summary; }
    // The Raw JSON, HTTP and Problems tabs are filled with their views just after the window's first paint
    // (or when first asked for): the first screen shows the Fields tab, and they would cost it several
    // milliseconds of building, polishing and laying out (issue 16).
    HttpView *httpView();
    RawJsonView *rawView();
    FieldsView *fieldsView() const { return m_fields; }
    ProblemsView *problemsView();
    // The docks are made when first asked for (or shown).
    WatchPanel *watchPanel();
    QDockWidget *watchDock();
    HistoryView *historyView();
    QDockWidget *historyDock();
    RelatedPanel *relatedPanel();
    QDockWidget *relatedDock();
    DiffWindow *existingDiffWindow() const;
    Json::JsonTreeModel *treeModel() const { return m_model.get(); }
    Json::JsonFilterProxyModel *filterModel() const { return m_filter.get(); }
    const MessageAnalysis &analysis() const { return m_analysis; }
    QTabWidget *tabs() const { return m_tabs; }
    TokenVault *vault() const { return m_vault; }
    ProfileStore *profiles() const { return m_profiles; }
    QString statusText() const;
    // The HTTP exchange of the last lookup that was sent.
    const ApiResult &lastResult() const { return m_lastResult; }

signals:
    // A report dialog was opened (for tests and the screenshot tool).
    void reportOpened(QDialog *dialog);
    // A batch window was opened.
    void batchWindowOpened(QWidget *window);
    // Emitted once for every inspection the window started (a lookup, a file, a sample, pasted text): when
    // its result is shown (models filled), or its failure or refusal is explained.
    void displayFinished();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    // What the window does once its first paint is on screen (once).
    void startAfterFirstPaint();
    // Puts the Raw JSON, HTTP and Problems views into their tabs (once).
    void buildResultPages();
    bool isRawTabCurrent() const;
    // The Related dock (issue 13): the links of the message on screen, fetched on demand; why it failed.
    void showRelated(const InspectionResult &result);
    void restoreState();
    void saveState();
    void refreshProfiles();
    void refreshTokenState();
    void onProfileSelected(const QString &name);
    void onLookupRequested(const QString &input);
    // A lookup of input as the window sends it: the current profile, the command line's address (and the host
    // the user agreed to send the token to).
    InspectionRequest lookupRequest(const QString &input) const;
    // Hands the request to the session; a newer inspection replaces one still running.
    void inspect(InspectionRequest request);
    void present(const InspectionResult &result);
    void presentLookup(const InspectionResult &result);
    void presentRefusal(const InspectionResult &result);
    void presentBody(const InspectionResult &result);
    void askForToken(const QString &input);
    void onBannerAction(int action);
    void setToken();
    void onTokenSaved(const TokenStoreResult &result, const QString &token);
    void forgetToken();
    void manageProfiles();
    void copyCurl(bool includeToken);
    void openFileDialog();
    void pasteResponse();
    // False (and a banner that says so) when text is over options().maxPasteBytes.
    bool pasteFits(const QString &text);
    void showStatus(const ApiResult &result);
    // Compares two kept answers of the history in the diff window.
    void compareHistoryAnswers(qint64 olderRowId, qint64 newerRowId);
    void clearDisplay();
    bool offerLookupFor(const QString &text);
    static QString welcomeText();
    static QString noTokenText();
    void showResult(const InspectionResult &result);
    void showRest(const InspectionResult &result);
    void finishDisplay();
    // Watch the message on screen (or the last one looked up) until its status is final, in the Watch dock.
    void watchMessage(const QString &messageId);
    DiffWindow *diffWindow();
    // Opens the ticket report of the message on screen, with Copy or Save… ready (ReportDialog::Action).
    void openReport(int action);
    void openBatchWindow();
    void showAnalysis();
    void updateProblemsTitle();
    // A big body being analysed: the progress in the status bar, with Cancel; hidden when done is negative.
    void showWorkProgress(qint64 done, qint64 total);
    // A JSON Lines file as a list of records in the Records dock; a picked record is inspected as a body.
    void openJsonLines(const QString &path);
    static bool isJsonLinesFile(const QString &path);
    void showDock(QDockWidget *dock, bool visible);
    QString currentProfileName() const;
    void loadToken();
    // Asks whether the current profile's token may go to the host the session refused to send it to.
    bool mayTakeToken(const QString &host);

    MainWindowOptions m_options;
    InspectionSession *m_session;
    TokenVault *m_vault;
    ProfileStore *m_profiles;
    LookupHistory *m_history;
    QPointer<InspectionJob> m_job;      // the inspection in flight, if any
    WatchPanel *m_watchPanel = nullptr; // made when first needed
    QDockWidget *m_watchDock = nullptr;
    QAction *m_watchViewAction = nullptr; // View → Watch
    QAction *m_historyViewAction = nullptr;
    QPointer<DiffWindow> m_diffWindow;    // made when first needed
    HistoryView *m_historyView = nullptr; // made when first needed
    QDockWidget *m_historyDock = nullptr;
    RelatedPanel *m_relatedPanel = nullptr;
    QDockWidget *m_relatedDock = nullptr;
    QAction *m_relatedViewAction = nullptr;

    LookupBar *m_lookupBar;
    ErrorBanner *m_banner;
    SummaryCard *m_summary;
    QTabWidget *m_tabs;
    HttpView *m_httpView = nullptr;   // made by buildResultPages
    RawJsonView *m_rawView = nullptr; // made by buildResultPages
    FieldsView *m_fields;
    ProblemsView *m_problems = nullptr; // made by buildResultPages
    bool m_firstPaintSeen = false;      // the first paint has begun (startAfterFirstPaint is posted)
    bool m_firstPaintDone = false;      // startAfterFirstPaint has run
    QSet<QString> m_tokenRead;          // profiles whose token the keychain was asked for and answered
    // The tree model asks the decorator for decoded values whenever a view lays itself out, and ~QWidget
    // hides (and so relayouts) the views after the members are gone. So the models are members, declared
    // after the decorator they point to: they are destroyed before it, and before the views, which then
    // fall back to an empty model instead of reaching a destroyed decorator.
    MessageDecorator m_decorator;
    std::unique_ptr<Json::JsonTreeModel> m_model;
    std::unique_ptr<Json::JsonFilterProxyModel> m_filter;
    MessageAnalysis m_analysis;
    std::optional<InspectionResult> m_shownResult; // what the report is made of: the lookup or file on screen
    bool m_restPending = false; // m_shownResult's HTTP and Raw tabs and Related panel follow the card's paint
    QDateTime m_answeredAt;     // when the last lookup's answer came
    QString m_suggestedName;    // for Save in the Raw tab: the id, the file's or the sample's name
    QString m_analysisSourceNote; // "looked up", "sample", "file x.json": shown on the card and in the title
    // A webhook payload whose live message is being looked up: compared with the answer when it comes.
    std::optional<MessageAnalysis> m_comparisonBase;
    QTimer *m_filterDelay;
    QLabel *m_statusHttp;
    QLabel *m_statusRate;
    QProgressBar *m_workProgress;
    QToolButton *m_workCancel;
    JsonLinesView *m_recordsView = nullptr; // made when a JSON Lines file is first opened
    QDockWidget *m_recordsDock = nullptr;

    QString m_profile;
    QString m_baseUrlOverride;
    QSet<QString> m_tokenConsents; // "profile\nhost" pairs the user agreed to send the token to
    QString m_lastInput;
    QString m_lookupAfterToken; // a lookup waiting for a token the user is asked for (none, or a 401/403)
    bool m_tokenDialogScheduled = false; // the token dialog for m_lookupAfterToken is about to open
    bool m_analysisFromFile = false;     // the body being shown was opened from a file
    bool m_showingLookup = false;        // the body being shown is a lookup's answer (it can be watched)
    BodyFacts m_bodyFacts;               // of the body shown last, when it did not parse
    ApiResult m_lastResult;
};
