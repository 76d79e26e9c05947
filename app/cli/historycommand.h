#pragma once

#include "clisubcommand.h"

#include "store/lookuprecord.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QList>
#include <QTimeZone>

// `history`: the lookups in the history, newest first, as an aligned table (or --format json, one array).
// --search finds text in the id or the summary, or an outcome by its name (not_found, unauthorized, …);
// --profile keeps one profile's; --limit bounds the list (default 20). Each row starts with its number, the
// handle `diff @history:N` takes. Reading only: nothing is looked up and nothing changes.
class HistoryCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit HistoryCommand(CliContext &cli, QObject *parent = nullptr);

    void run(const CliCommand &command, Done done) override;

    // The table: a header, then one line per lookup, columns aligned by two spaces, no trailing blanks.
    static QString table(const QList<LookupRecord> &records, const QTimeZone &zone);
    // The JSON array (indented, with a final newline).
    static QByteArray json(const QList<LookupRecord> &records);
    // Two searches' answers as one list: each lookup once, newest first, at most limit.
    static QList<LookupRecord> merged(const QList<LookupRecord> &a, const QList<LookupRecord> &b, int limit);

private:
    void onAnswered();
    void present(const QList<LookupRecord> &records);

    QFutureWatcher<QList<LookupRecord>> m_byText;
    QFutureWatcher<QList<LookupRecord>> m_byOutcome;
    int m_waiting = 0;
    int m_limit = 0;
    bool m_json = false;
    QString m_search;
    QString m_profile;
    Done m_done;
};
