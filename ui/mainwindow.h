#pragma once

#include "api/apiresult.h"
#include "api/clientoptions.h"
#include "message/messageanalysis.h"
#include "message/messagedecorator.h"
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
class HighLevelClient;
class HttpView;
class LookupBar;
class LookupHistory;
class ProfileStore;
class QLabel;
class QTabWidget;
class RawJsonView;
class SummaryCard;
class TokenStore;
class TokenVault;

// Where the window keeps its state and how it talks to the network. The defaults are the product's; tests
// give their own settings file, history file, keychain service name and client options (test CA, fast
// retries).
struct MainWindowOptions
{
    QString settingsFile;    // empty: the application's QSettings
    QString historyPath;     // empty: LookupHistory::defaultPath()
    QString keychainService; // empty: TokenStore::defaultServiceName()
    ClientOptions clientOptions;
    // Pasted or dropped response text longer than this (in UTF-8 bytes) is refused with an explanation; the
    // same bound as a body from the network. Tests shrink it.
    qint64 maxPasteBytes = 64LL * 1024 * 1024;
};

// The inspector: lookup bar, error banner, summary card, and the Fields / Raw JSON / HTTP / Problems tabs.
// Data flows one way: the bar's input → HighLevelClient → ApiResult → document and models → widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
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
    // Like lookUp, but waits for the profile's token to arrive from the keychain first (start-up).
    void lookUpWhenReady(const QString &input);
    void openFile(const QString &path);
    void openSample(const QString &resourcePath);
    void showBody(const QByteArray &body, const QString &origin);

    // For tests and the screenshot tool.
    LookupBar *lookupBar() const { return m_lookupBar; }
    ErrorBanner *banner() const { return m_banner; }
    SummaryCard *summaryCard() const { return m_summary; }
    HttpView *httpView() const { return m_httpView; }
    RawJsonView *rawView() const { return m_rawView; }
    FieldsView *fieldsView() const { return m_fields; }
    ProblemsView *problemsView() const { return m_problems; }
    Json::JsonTreeModel *treeModel() const { return m_model.get(); }
    Json::JsonFilterProxyModel *filterModel() const { return m_filter.get(); }
    const MessageAnalysis &analysis() const { return m_analysis; }
    QTabWidget *tabs() const { return m_tabs; }
    TokenVault *vault() const { return m_vault; }
    ProfileStore *profiles() const { return m_profiles; }
    HighLevelClient *client() const { return m_client; }
    QString statusText() const;
    const ApiResult &lastResult() const { return m_lastResult; }

signals:
    // Emitted once a response or file has been fully shown (models filled), or a lookup ended in an error.
    void displayFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void restoreState();
    void saveState();
    void refreshProfiles();
    void refreshTokenState();
    void onProfileSelected(const QString &name);
    void onLookupRequested(const QString &input);
    void onLookupFinished(const ApiResult &result);
    void onBannerAction(int action);
    void setToken();
    void forgetToken();
    void manageProfiles();
    void copyCurl(bool includeToken);
    void openFileDialog();
    void pasteResponse();
    // False (and a banner that says so) when text is over options().maxPasteBytes.
    bool pasteFits(const QString &text);
    void showStatus(const ApiResult &result);
    void recordHistory(const ApiResult &result, const QString &summary);
    void clearDisplay();
    bool offerLookupFor(const QString &text);
    static QString welcomeText();
    static QString noTokenText();
    void onAnalysisFinished();
    void showAnalysis();
    void updateProblemsTitle();
    QString currentProfileName() const;
    void loadToken();
    // True when the current profile's token may go to baseUrl (see setBaseUrlOverride); may ask.
    bool mayTakeToken(const QString &baseUrl);

    MainWindowOptions m_options;
    TokenStore *m_tokenStore;
    TokenVault *m_vault;
    ProfileStore *m_profiles;
    std::unique_ptr<LookupHistory> m_history;
    HighLevelClient *m_client;

    LookupBar *m_lookupBar;
    ErrorBanner *m_banner;
    SummaryCard *m_summary;
    QTabWidget *m_tabs;
    HttpView *m_httpView;
    RawJsonView *m_rawView;
    FieldsView *m_fields;
    ProblemsView *m_problems;
    // The tree model asks the decorator for decoded values whenever a view lays itself out, and ~QWidget
    // hides (and so relayouts) the views after the members are gone. So the models are members, declared
    // after the decorator they point to: they are destroyed before it, and before the views, which then
    // fall back to an empty model instead of reaching a destroyed decorator.
    MessageDecorator m_decorator;
    std::unique_ptr<Json::JsonTreeModel> m_model;
    std::unique_ptr<Json::JsonFilterProxyModel> m_filter;
    // What one body becomes off the UI thread: the analysis and the pretty text for the Raw tab.
    struct Display
    {
        MessageAnalysis analysis;
        QByteArray pretty;
        BodyFacts facts; // what the body is when it does not parse (empty, binary)
    };
    QFutureWatcher<Display> *m_analysisWatcher;
    MessageAnalysis m_analysis;
    QString m_analysisOrigin;
    QString m_analysisSourceNote; // "looked up", "sample", "file x.json": shown on the card and in the title
    // A webhook payload whose live message is being looked up: compared with the answer when it comes.
    std::optional<MessageAnalysis> m_comparisonBase;
    QTimer *m_filterDelay;
    QLabel *m_statusHttp;
    QLabel *m_statusRate;

    QString m_profile;
    QString m_baseUrlOverride;
    QSet<QString> m_tokenConsents; // "profile\nbase URL" pairs the user agreed to send the token to
    QString m_lastInput;
    quint64 m_tokenLoad = 0;    // the keychain read in flight for the current profile, 0 when none
    QString m_lookupAfterLoad;  // a lookup waiting for that read
    QString m_lookupAfterToken; // a lookup waiting for a token the user is asked for (none, or a 401/403)
    bool m_tokenDialogScheduled = false; // the token dialog for m_lookupAfterToken is about to open
    bool m_prettyOnly = false;           // the watcher is making only the pretty text of an error body
    bool m_analysisFromFile = false;     // the body being shown was opened from a file
    BodyFacts m_bodyFacts;               // of the body shown last, when it did not parse
    ApiResult m_lastResult;
};
