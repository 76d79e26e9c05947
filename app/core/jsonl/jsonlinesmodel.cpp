#include "jsonl/jsonlinesmodel.h"

#include "message/messageanalysis.h"
#include "message/messagesummary.h"
#include "text/safetext.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

#include <climits>

namespace {

// Longest text a cell shows; the record itself is one click away.
constexpr qsizetype cellChars = 200;
// Large records waiting for the worker: rows scrolled past long ago are dropped from the front and asked for
// again if they come back into view.
constexpr qsizetype maxQueuedRows = 256;

} // namespace

JsonLinesModel::JsonLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<Badge>();
}

JsonLinesModel::~JsonLinesModel() = default;

bool JsonLinesModel::isOwn(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_rows && index.column() < ColumnCount;
}

void JsonLinesModel::setIndex(const JsonLinesIndex &index)
{
    beginResetModel();
    m_index = index;
    m_rows = index.isValid() ? int(std::min<qint64>(index.recordCount(), INT_MAX)) : 0;
    m_cache.clear();
    m_queue.clear();
    m_queued.clear();
    m_working = -1;
    ++m_generation;
    endResetModel();
}

void JsonLinesModel::clear()
{
    setIndex(JsonLinesIndex());
}

void JsonLinesModel::setClock(const QDateTime &now, const QTimeZone &zone)
{
    beginResetModel();
    m_now = now;
    m_zone = zone;
    m_fixedClock = true;
    m_cache.clear();
    m_queue.clear();
    m_queued.clear();
    m_working = -1;
    ++m_generation;
    endResetModel();
}

QByteArray JsonLinesModel::recordBody(const QModelIndex &index) const
{
    if (!isOwn(index))
        return {};
    return m_index.recordCopy(index.row());
}

qint64 JsonLinesModel::lineOf(const QModelIndex &index) const
{
    if (!isOwn(index))
        return -1;
    return m_index.record(index.row()).line;
}

int JsonLinesModel::rowForLine(qint64 line) const
{
    const qint64 record = m_index.recordAtLine(line);
    return record >= 0 && record < m_rows ? int(record) : -1;
}

int JsonLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JsonLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

JsonLinesModel::RowSummary JsonLinesModel::summarize(QByteArrayView record, qint64 line, const QDateTime &now,
                                                     const QTimeZone &zone)
{
    RowSummary s;
    MessageAnalysis analysis;
    // The view is only read while this function runs: no copy of the record.
    analysis.document = Json::Document::parse(QByteArray::fromRawData(record.data(), record.size()));
    if (analysis.document.hasError()) {
        const Json::ParseError error = analysis.document.error();
        s.state = RowState::NotJson;
        s.problem = tr("Line %1, column %2: %3")
                        .arg(QLocale().toString(line), QLocale().toString(error.column), error.message);
        s.type = Badge{BadgeMeaning::Bad, tr("Not JSON"), QString(), true};
        s.typeText = s.type.label;
        s.text = s.problem;
        return s;
    }
    // The card's summary needs the shape and the typed view, not the findings: those are for the record
    // once it is opened.
    analysis.shape = ResponseShape::recognise(analysis.document);
    analysis.view = MessageView::fromDocument(analysis.document, analysis.shape);
    const MessageSummary summary = MessageSummary::from(analysis, now, zone);
    s.id = SafeText::forDisplay(summary.messageId, cellChars);
    if (!summary.isMessage) {
        s.state = RowState::OtherJson;
        s.typeText =
            analysis.shape.kind == ResponseShape::Kind::ErrorBody ? tr("Error answer") : tr("Other JSON");
        s.text = SafeText::forDisplay(summary.notMessage, cellChars);
        return s;
    }
    s.state = RowState::Message;
    s.direction = summary.direction;
    s.status = summary.status;
    s.type = summary.messageType;
    s.directionText = summary.directionText;
    s.statusText = summary.statusText;
    // Without a messageType, the type number says it: "type 2 · TYPE_SMS, inferred".
    s.typeText = summary.messageType.isBadge() || summary.typeDetail.isEmpty() ? summary.messageTypeText
                                                                               : summary.typeDetail;
    s.when = summary.when;
    s.whenTooltip = summary.whenTooltip;
    QString text = summary.hasBody ? summary.body : MessageSummary::absent();
    if (!summary.failure.isEmpty())
        text = tr("%1 — %2").arg(summary.failure, text);
    s.text = SafeText::forDisplay(text, cellChars);
    return s;
}

const JsonLinesModel::RowSummary *JsonLinesModel::summaryFor(int row) const
{
    if (const RowSummary *cached = m_cache.object(row))
        return cached;
    const JsonLinesIndex::Record record = m_index.record(row);
    if (!record.isValid())
        return nullptr;
    if (record.length > syncRecordBytes) {
        if (!m_queued.contains(row) && row != m_working) {
            m_queue.append(row);
            m_queued.insert(row);
            while (m_queue.size() > maxQueuedRows)
                m_queued.remove(m_queue.takeFirst());
            startNextWorker();
        }
        return nullptr;
    }
    const QDateTime now = m_fixedClock ? m_now : QDateTime::currentDateTimeUtc();
    const QTimeZone zone = m_fixedClock ? m_zone : QTimeZone::systemTimeZone();
    auto *summary = new RowSummary(summarize(
        QByteArrayView(m_index.bytes().constData() + record.offset, record.length), record.line, now, zone));
    m_cache.insert(row, summary);
    return summary;
}

void JsonLinesModel::startNextWorker() const
{
    if (m_working >= 0 || m_queue.isEmpty())
        return;
    const int row = m_queue.takeFirst();
    m_queued.remove(row);
    m_working = row;
    const quint64 generation = m_generation;
    auto *self = const_cast<JsonLinesModel *>(this);
    auto *watcher = new QFutureWatcher<RowSummary>(self);
    connect(watcher, &QFutureWatcherBase::finished, self, [self, watcher, row, generation] {
        watcher->deleteLater();
        if (generation != self->m_generation)
            return; // the model was reset meanwhile: a newer worker (if any) is in charge
        self->m_working = -1;
        if (watcher->future().resultCount() > 0) {
            self->m_cache.insert(row, new RowSummary(watcher->result()));
            emit self->dataChanged(self->index(row, 0), self->index(row, ColumnCount - 1));
        }
        self->startNextWorker();
    });
    const QDateTime now = m_fixedClock ? m_now : QDateTime::currentDateTimeUtc();
    const QTimeZone zone = m_fixedClock ? m_zone : QTimeZone::systemTimeZone();
    // The worker holds its own copy of the index, and so the bytes and what keeps them valid.
    watcher->setFuture(QtConcurrent::run([index = m_index, row, now, zone] {
        const JsonLinesIndex::Record record = index.record(row);
        return summarize(QByteArrayView(index.bytes().constData() + record.offset, record.length),
                         record.line, now, zone);
    }));
}

QVariant JsonLinesModel::data(const QModelIndex &index, int role) const
{
    if (!isOwn(index))
        return {};
    const int row = index.row();
    if (role == RecordRole)
        return qint64(row);
    if (role == LineRole)
        return m_index.record(row).line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != BadgeRole && role != ProblemRole &&
        role != StateRole)
        return {};
    if (index.column() == LineColumn && role == Qt::DisplayRole)
        return QLocale().toString(m_index.record(row).line);
    const RowSummary *s = summaryFor(row);
    if (role == StateRole)
        return int(s ? s->state : RowState::Pending);
    if (!s) {
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return tr("Reading… (%1)").arg(QLocale().formattedDataSize(m_index.record(row).length));
        return {};
    }
    if (role == ProblemRole)
        return s->problem;
    if (role == BadgeRole) {
        const Badge *badge = index.column() == DirectionColumn ? &s->direction
                             : index.column() == StatusColumn  ? &s->status
                             : index.column() == TypeColumn    ? &s->type
                                                               : nullptr;
        return badge && badge->isBadge() ? QVariant::fromValue(*badge) : QVariant();
    }
    switch (Column(index.column())) {
    case LineColumn:
        return tr("Line %1").arg(QLocale().toString(m_index.record(row).line)); // tooltip
    case DirectionColumn:
        return s->directionText;
    case StatusColumn:
        return s->statusText;
    case TypeColumn:
        return s->typeText;
    case WhenColumn:
        return role == Qt::ToolTipRole ? s->whenTooltip : s->when;
    case IdColumn:
        return s->id;
    case TextColumn:
        return s->text;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JsonLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case DirectionColumn:
        return tr("Direction");
    case StatusColumn:
        return tr("Status");
    case TypeColumn:
        return tr("Type");
    case WhenColumn:
        return tr("Sent");
    case IdColumn:
        return tr("Message ID");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

Qt::ItemFlags JsonLinesModel::flags(const QModelIndex &index) const
{
    if (!isOwn(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> JsonLinesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(BadgeRole, "badge");
    names.insert(LineRole, "line");
    names.insert(RecordRole, "record");
    names.insert(ProblemRole, "problem");
    names.insert(StateRole, "state");
    return names;
}
