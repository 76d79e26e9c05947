#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One past lookup. Never a token, never a response body: only what identifies and summarises the lookup.
struct LookupRecord
{
    QString messageId;
    QString profile;
    QDateTime time;     // UTC; "now" when recorded without one
    int httpStatus = 0; // 0 when no HTTP answer came (network error, cancelled)
    QString outcome;    // outcome or error kind name, e.g. "Ok", "Unauthorized", "Timeout"
    QString summary;    // short text such as "inbound · delivered · SMS"; cut to maxSummaryLength
};

// The lookup history in an SQLite file (QtSql), by default in QStandardPaths::AppLocalDataLocation.
//
// When the file cannot be opened, is not a database or cannot be written, isAvailable() turns false,
// errorString() says what happened in plain words, and every call becomes a harmless no-op: lookups go on
// without history. Each instance uses its own connection name, so several can coexist (window and CLI tests).
class LookupHistory
{
public:
    static constexpr int defaultMaxRows = 1000;
    static constexpr int maxSummaryLength = 200;
    static constexpr int maxOutcomeLength = 64;

    // An empty path means AppLocalDataLocation/history.sqlite.
    explicit LookupHistory(const QString &databasePath = {});
    ~LookupHistory();
    LookupHistory(const LookupHistory &) = delete;
    LookupHistory &operator=(const LookupHistory &) = delete;

    static QString defaultPath();
    QString path() const { return m_path; }
    bool isAvailable() const { return m_available; }
    QString errorString() const { return m_error; }

    // Oldest rows beyond this are deleted after each insert.
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    // Refuses (false, nothing written) a record whose message id is not a valid id.
    bool record(const LookupRecord &record);
    // Newest first.
    QList<LookupRecord> recent(int limit = 100) const;
    // Distinct message ids, newest first, for the id field's drop-down.
    QStringList recentMessageIds(int limit = 20) const;
    int count() const;
    bool clear();

private:
    bool open();
    void fail(const QString &what, const QString &driverText);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_available = false;
    int m_maxRows = defaultMaxRows;
};
