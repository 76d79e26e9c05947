#pragma once

#include "related/emailmessage.h"
#include "related/relatedlink.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

#include <optional>

// The emails of a thread, one row each in the thread's order (the order of meta.email.messageIds): the ones
// fetched with their date, from, to, subject and chips; the others say whether they are waiting to be
// fetched, being fetched, failed or cannot be fetched (an id refused).
class EmailThreadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PositionColumn,  // "1", with "this message" for the one being inspected
        DateColumn,      // dateAdded, local time
        FromColumn,      //
        ToColumn,        // to (and how many more in cc)
        SubjectColumn,   // the subject, or what the row is waiting for
        DirectionColumn, // chip
        StatusColumn,    // chip
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        BadgeRole = Qt::UserRole + 1, // QVariant holding a Badge (direction and status columns)
        StateRole,                    // int: State
        EmailIdRole,                  // QString: the email's id (fetched or not), empty when refused
    };
    Q_ENUM(Role)

    enum class State
    {
        NotFetched,
        Fetching,
        Fetched,
        Failed,
        Unavailable, // the id was missing or refused: it cannot be fetched
    };

    struct Slot
    {
        RelatedLink link;
        State state = State::NotFetched;
        std::optional<EmailMessage> email;
        QString note; // why it failed, or why it cannot be fetched
    };

    explicit EmailThreadModel(QObject *parent = nullptr);

    // The thread's email links, in order (RelatedLinks::from gives them): every row starts not fetched.
    void setThread(const QList<RelatedLink> &emailLinks);
    void setFetching(int row);
    void setEmail(int row, const EmailMessage &email);
    void setFailed(int row, const QString &why);
    // The row of the email with this id, or -1.
    int rowOf(const QString &emailId) const;
    const Slot *slotAt(int row) const;
    void setTimeZone(const QTimeZone &zone);

    // "2025-11-03 09:41" in zone: the date of every list of this panel, unambiguous in any language.
    static QString dateText(const QDateTime &when, const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);

    QList<Slot> m_slots;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};
