#include "historytablemodel.h"

#include "store/lookupdisplay.h"

#include <QFontDatabase>
#include <QLocale>

namespace {

Badge chipFor(const LookupRecord &record, int column)
{
    switch (column) {
    case HistoryTableModel::OutcomeColumn:
        return LookupDisplay::outcome(record);
    case HistoryTableModel::DirectionColumn:
        return LookupDisplay::direction(record);
    case HistoryTableModel::StatusColumn:
        return LookupDisplay::status(record);
    case HistoryTableModel::TypeColumn:
        return LookupDisplay::messageType(record);
    default:
        return {};
    }
}

bool hasOwnChips(const LookupRecord &record)
{
    return !record.direction.isEmpty() || !record.status.isEmpty() || !record.messageType.isEmpty();
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryTableModel::setRecords(const QList<LookupRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

LookupRecord HistoryTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row) : LookupRecord{};
}

int HistoryTableModel::rowOf(qint64 rowId) const
{
    if (rowId < 0)
        return -1;
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).rowId == rowId)
            return row;
    }
    return -1;
}

void HistoryTableModel::setClock(const QDateTime &now, const QTimeZone &zone)
{
    m_fixedNow = now;
    m_zone = zone;
    if (!m_records.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_records.size()) - 1, TimeColumn));
}

bool HistoryTableModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0 &&
           index.row() < m_records.size() && index.column() >= 0 && index.column() < ColumnCount;
}

QDateTime HistoryTableModel::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryTableModel::text(const LookupRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return LookupDisplay::shortTime(record.time, now(), m_zone);
    case ProfileColumn:
        return record.profile;
    case MessageIdColumn:
        return record.messageId;
    case OutcomeColumn:
    case DirectionColumn:
    case StatusColumn:
    case TypeColumn:
        return chipFor(record, column).label;
    case KeptAnswerColumn:
        return record.hasKeptAnswer() ? QLocale().formattedDataSize(record.keptBodyBytes) : QString();
    case SummaryColumn:
        // A lookup that recorded the message's values has them as chips already, and its summary is their
        // words: the HTTP status says more there (the summary stays in the tooltip and the search). A row
        // from before the values were kept shows its summary.
        if (!record.summary.isEmpty() && !hasOwnChips(record))
            return record.summary;
        return record.httpStatus > 0 ? tr("HTTP %1").arg(record.httpStatus) : tr("No HTTP answer");
    default:
        return {};
    }
}

QString HistoryTableModel::toolTip(const LookupRecord &record, int column) const
{
    switch (column) {
    case TimeColumn:
        return LookupDisplay::fullTime(record.time, now(), m_zone);
    case OutcomeColumn: {
        const Badge chip = chipFor(record, column);
        if (!chip.isBadge())
            return {};
        return record.httpStatus > 0
                   ? tr("%1 (HTTP %2; recorded as “%3”)")
                         .arg(chip.label)
                         .arg(record.httpStatus)
                         .arg(chip.rawValue)
                   : tr("%1 (no HTTP answer; recorded as “%2”)").arg(chip.label, chip.rawValue);
    }
    case DirectionColumn:
    case StatusColumn:
    case TypeColumn: {
        const Badge chip = chipFor(record, column);
        if (!chip.isBadge())
            return {};
        return chip.known ? tr("%1 (sent as “%2”)").arg(chip.label, chip.rawValue)
                          : tr("“%1”: a value the documentation does not list").arg(chip.rawValue);
    }
    case SummaryColumn:
        return record.summary.isEmpty() ? text(record, column)
                                        : tr("%1 (HTTP %2)").arg(record.summary).arg(record.httpStatus);
    case KeptAnswerColumn:
        return record.hasKeptAnswer()
                   ? tr("The answer (%1) is kept with this lookup: Show kept answer opens it without asking "
                        "the server again.")
                         .arg(QLocale().formattedDataSize(record.keptBodyBytes))
                   : tr("No answer is kept with this lookup (its profile does not keep response bodies, or "
                        "the answer was deleted or aged out).");
    case MessageIdColumn:
        return record.rowId < 0
                   ? tr("%1 — waiting to be saved: the history file is in use by another program")
                         .arg(record.messageId)
                   : record.messageId;
    default:
        return text(record, column);
    }
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const LookupRecord &record = m_records.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(record, column);
    case Qt::ToolTipRole:
        return toolTip(record, column);
    case Qt::FontRole:
        if (column == MessageIdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case BadgeRole:
        return QVariant::fromValue(chipFor(record, column));
    case RowIdRole:
        return record.rowId;
    case MessageIdRole:
        return record.messageId;
    case ProfileRole:
        return record.profile;
    case HasKeptAnswerRole:
        return record.hasKeptAnswer();
    case TimeRole:
        return record.time;
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case MessageIdColumn:
        return tr("Message ID");
    case OutcomeColumn:
        return tr("Outcome");
    case DirectionColumn:
        return tr("Direction");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case KeptAnswerColumn:
        return role == Qt::ToolTipRole ? tr("The size of the answer kept with the lookup, if any")
                                       : tr("Kept");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

Qt::ItemFlags HistoryTableModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
