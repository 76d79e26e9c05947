#pragma once

#include "cliarguments.h"
#include "clisubcommand.h"
#include "inspection.h"

#include "compare/jsondiff.h"
#include "store/keptanswer.h"
#include "store/lookuprecord.h"

#include <QFutureWatcher>
#include <QStringList>

#include <array>
#include <optional>

// `diff A B`: two answers compared structurally by the core's JsonDiff — members added, removed and changed,
// in the server's order, with JSON paths and the decoded meaning beside the raw values:
//
//   --- file before.json
//   +++ message ve9EPM428h8vShlRW1KT (looked up)
//   ~ $.status: "sent" → "delivered" (Sent → Delivered)
//
// Each of A and B is a message id or a link (looked up through the session, like `get`), @history:N (the
// answer kept with row N of the history; an error when that row kept none), a file, or - (standard input,
// for one of the two). A name that exists as a file is read as the file. The two are read one after the
// other, A first. Exit status: 0 the same, 1 different; a side that cannot be had exits as `get`/`open`
// would.
class DiffCommand : public CliSubcommand
{
    Q_OBJECT

public:
    explicit DiffCommand(CliContext &cli, QObject *parent = nullptr);

    void run(const CliCommand &command, Done done) override;

    enum class Source
    {
        Lookup,
        History,
        File,
        StandardInput,
    };
    // How an operand is read (the history row, for History, in *row; 0 when the number is not valid).
    static Source sourceOf(const QString &operand, qint64 *row = nullptr);

    // The text form: the two headings, then JsonDiff::toText().
    static QString text(const JsonDiff &diff, const QString &firstLabel, const QString &secondLabel);
    static QByteArray json(const JsonDiff &diff, const QString &firstLabel, const QString &secondLabel);

private:
    void resolve(int side);
    void resolveHistory(int side, qint64 row);
    void resolved(int side, const Inspection &inspection);
    void refuse(int side, InspectionFailure failure);
    void compare();
    void onCompared();

    CliCommand m_options; // the command: the lookups' options
    QStringList m_operands;
    std::array<QString, 2> m_labels;
    std::array<Inspection, 2> m_sides;
    QFutureWatcher<std::optional<KeptAnswer>> m_kept;
    QFutureWatcher<std::optional<LookupRecord>> m_entry;
    QFutureWatcher<JsonDiff> m_diff;
    int m_historySide = -1;
    qint64 m_historyRow = 0;
    bool m_json = false;
    Done m_done;
};
