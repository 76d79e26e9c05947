#pragma once

#include "message/badge.h"
#include "session/inspectionresult.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// The status timeline of one watch, as a table: one row per observed change (a new status, or another field
// that moved), per pause on 429 and per failure that ended the watch. Answer rows keep the answer they came
// from, so two of them can be compared; only the last maxKeptAnswers answers (and at most maxKeptBytes of
// bodies) are kept, older rows say so. Rows themselves are bounded by maxRows (the oldest go first).
class WatchTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int maxRows = 500;
    static constexpr int maxKeptAnswers = 50;
    static constexpr qint64 maxKeptBytes = 64LL * 1024 * 1024;

    enum Column
    {
        TimeColumn,    // when the answer came, local time "12:01:03"
        StatusColumn,  // the status chip ("Delivered")
        UpdatedColumn, // the message's dateUpdated, when the server sends it
        ChangesColumn, // what else changed, or the pause / failure note
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // QVariant holding a Badge (status column), else invalid
        KindRole,                     // int: Kind
        HasAnswerRole,                // bool: the row still keeps its answer
        ObservedAtRole,               // QDateTime (UTC)
        RawStatusRole,                // QString: the status as sent
    };
    Q_ENUM(Role)

    enum class Kind
    {
        Answer,  // an answer that changed something (the first answer too)
        Pause,   // rate limited: the watch waited
        Problem, // a failure that ended the watch
    };

    struct Row
    {
        Kind kind = Kind::Answer;
        QDateTime observedAt; // UTC
        int httpStatus = 0;
        QString status;      // as sent
        Badge statusBadge;   // chip for the status
        QString dateUpdated; // as sent (ISO, UTC), empty when absent
        QStringList changes; // what changed besides the status ("body: … → …")
        QString note;        // pause or failure text; "First answer" for the first row
        std::optional<InspectionResult> answer;
    };

    explicit WatchTimelineModel(QObject *parent = nullptr);

    void append(Row row);
    void clear();
    // The zone times are shown in (tests pin it; the window uses the system's).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    const Row *rowAt(int row) const;
    // The nearest row above `row` that still keeps its answer; -1 when there is none.
    int previousAnswerRow(int row) const;
    int answerCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "12:01:03", or with the date when it is not the day of `reference`.
    static QString timeText(const QDateTime &when, const QDateTime &reference, const QTimeZone &zone);

private:
    void releaseOldAnswers();

    QList<Row> m_rows;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
