#include "diffcontextmodel.h"

#include "common/counttext.h"
#include "compare/diffvaluetext.h"
#include "message/liveapi.h"
#include "message/responseshape.h"
#include "json/jsonpath.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;
using Json::NodeKind;
using Part = JsonDifference::Part;

namespace {

constexpr int maxValueChars = 200;

struct TopMember
{
    QString path;
    int occurrence = 0;
    qint64 valueOffset = -1;
};

// The members of a container one level down, in the order sent, skipping the value at skipOffset (the
// message inside an envelope). Empty for a scalar.
QList<TopMember> topMembers(const Json::Document &doc, qint64 container, const QString &root,
                            qint64 skipOffset)
{
    QList<TopMember> members;
    const NodeKind kind = doc.kindAt(container);
    if (kind != NodeKind::Object && kind != NodeKind::Array)
        return members;
    QHash<QString, int> seen;
    qint64 index = 0;
    for (Json::Member m = doc.firstMember(container); m.isValid(); m = doc.nextMember(m), ++index) {
        if (m.valueOffset == skipOffset)
            continue;
        TopMember member;
        member.valueOffset = m.valueOffset;
        if (kind == NodeKind::Object) {
            const QString key = doc.stringAt(m.keyOffset);
            member.occurrence = seen[key]++;
            member.path = Json::appendKey(root, key);
        } else {
            member.path = Json::appendIndex(root, index);
        }
        members.append(member);
    }
    return members;
}

// The path of the member of root a difference lies in ("$.message.meta" for "$.message.meta.callStatus").
QString topPathOf(const QString &path, const QString &root)
{
    if (!path.startsWith(root))
        return QString();
    const auto steps = Json::parsePath(QString(u'$' + QStringView(path).mid(root.size())));
    if (!steps || steps->isEmpty())
        return QString();
    const Json::PathStep &first = steps->constFirst();
    return first.isIndex() ? Json::appendIndex(root, first.index) : Json::appendKey(root, first.key);
}

} // namespace

DiffContextModel::Context DiffContextModel::build(const JsonDiff &diff, const Json::Document &first,
                                                  const Json::Document &second)
{
    Context context;
    const QList<JsonDifference> &differences = diff.differences();
    if (diff.hasError())
        return context;

    // The parts in the order the diff lists them, each with its root in the second body.
    struct Frame
    {
        Part part;
        QString root;
        qint64 container; // in the second body; -1: nothing around (a flat message has no envelope)
        qint64 skip;
    };
    QList<Frame> frames;
    const ResponseShape &shape = diff.secondShape();
    if (diff.pairedMessages()) {
        frames.append({Part::Message, shape.messagePath, shape.messageOffset, -1});
        frames.append({Part::Envelope, u"$"_s, shape.messagePath != u"$"_s ? second.rootOffset() : -1,
                       shape.messageOffset});
    } else {
        frames.append({Part::Body, u"$"_s, second.rootOffset(), -1});
    }
    Q_UNUSED(first) // unchanged values are the same on both sides: the second body's are shown

    int unchangedCount = 0;
    qsizetype next = 0; // the next difference to place
    for (const Frame &frame : frames) {
        const qint64 memberCount = frame.container >= 0 ? second.childCount(frame.container) : 0;
        const bool listMembers = memberCount > 0 && memberCount <= maxTopLevelMembers;
        if (memberCount > maxTopLevelMembers)
            context.notes << tr("The unchanged fields are not listed: the body has %1 at its top level.")
                                 .arg(countText(memberCount, DiffContextModel::tr("1 member"),
                                                DiffContextModel::tr("%1 members")));
        const QList<TopMember> members =
            listMembers ? topMembers(second, frame.container, frame.root, frame.skip) : QList<TopMember>{};
        QSet<QString> memberPaths;
        for (const TopMember &m : members)
            memberPaths.insert(m.path);
        const auto inFrame = [&](qsizetype i) {
            return i < differences.size() && differences.at(i).part == frame.part;
        };

        for (const TopMember &member : members) {
            // Members only the first body has come where the diff placed them: before the next shared one.
            while (inFrame(next) && !memberPaths.contains(topPathOf(differences.at(next).path, frame.root)))
                context.entries.append(Entry{int(next++), {}});
            bool changed = false;
            while (inFrame(next)) {
                const JsonDifference &d = differences.at(next);
                if (topPathOf(d.path, frame.root) != member.path)
                    break;
                // The same key sent twice: the second occurrence's own change belongs to that occurrence.
                if (d.path == member.path && d.occurrence != member.occurrence)
                    break;
                context.entries.append(Entry{int(next++), {}});
                changed = true;
            }
            if (changed)
                continue;
            if (unchangedCount >= maxUnchanged)
                continue;
            ++unchangedCount;
            Unchanged same;
            same.part = frame.part;
            same.path = member.path;
            same.occurrence = member.occurrence;
            same.value = DiffValueText::oneLine(second, member.valueOffset, maxValueChars);
            if (frame.part == Part::Message) {
                const DiffValueText::Meaning described = DiffValueText::meaning(
                    second, shape, member.path, member.valueOffset, QTimeZone::systemTimeZone());
                same.meaning = described.text;
                same.badge = described.badge;
            } else if (frame.part == Part::Envelope && member.path == u"$.traceId"_s)
                same.meaning = traceIdMeaning();
            if (frame.part == Part::Envelope && member.path == u"$.traceId"_s)
                same.tooltip = traceIdExplanation();
            context.entries.append(Entry{-1, same});
        }
        while (inFrame(next))
            context.entries.append(Entry{int(next++), {}});
    }
    // Anything not placed (a part this list does not know) still shows, at the end.
    while (next < differences.size())
        context.entries.append(Entry{int(next++), {}});
    if (unchangedCount >= maxUnchanged)
        context.notes << tr("Only the first %1 unchanged fields are listed.").arg(maxUnchanged);
    return context;
}

DiffContextModel::DiffContextModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(new JsonDiffModel(this))
{}

void DiffContextModel::setDiff(const JsonDiff &diff, const Context &context)
{
    beginResetModel();
    m_source->setDiff(diff);
    m_context = context;
    rebuildRows();
    endResetModel();
}

void DiffContextModel::clear()
{
    setDiff(JsonDiff(), Context());
}

void DiffContextModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuildRows();
    endResetModel();
}

void DiffContextModel::setSideLabels(const QString &first, const QString &second)
{
    m_firstLabel = first;
    m_secondLabel = second;
    emit headerDataChanged(Qt::Horizontal, JsonDiffModel::FirstColumn, JsonDiffModel::SecondColumn);
}

void DiffContextModel::rebuildRows()
{
    m_rows.clear();
    const qsizetype differences = m_source->diff().differences().size();
    // Without a context (none built, or it does not match this diff) every difference still shows.
    qsizetype placed = 0;
    for (const Entry &e : std::as_const(m_context.entries))
        placed += e.difference >= 0 ? 1 : 0;
    if (m_showUnchanged && placed == differences) {
        m_rows = m_context.entries;
        return;
    }
    m_rows.reserve(differences);
    for (qsizetype i = 0; i < differences; ++i)
        m_rows.append(Entry{int(i), {}});
}

const DiffContextModel::Entry *DiffContextModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() || index.row() < 0 ||
        index.row() >= m_rows.size() || index.column() < 0 || index.column() >= columnCount())
        return nullptr;
    return &m_rows.at(index.row());
}

const JsonDifference *DiffContextModel::differenceAt(const QModelIndex &index) const
{
    const Entry *entry = entryAt(index);
    if (!entry || entry->difference < 0)
        return nullptr;
    return m_source->differenceAt(m_source->index(entry->difference, 0));
}

int DiffContextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiffContextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : JsonDiffModel::ColumnCount;
}

QVariant DiffContextModel::data(const QModelIndex &index, int role) const
{
    const Entry *entry = entryAt(index);
    if (!entry)
        return {};
    if (role == UnchangedRole)
        return entry->difference < 0;
    if (entry->difference >= 0) {
        const JsonDifference &d = m_source->diff().differences().at(entry->difference);
        if (d.part == JsonDifference::Part::Envelope && d.path == u"$.traceId"_s) {
            // The envelope's traceId names the request, not the message: a new one on every answer is normal.
            const bool first = index.column() == JsonDiffModel::FirstColumn;
            const bool second = index.column() == JsonDiffModel::SecondColumn;
            const QString &value = first ? d.firstValue : d.secondValue;
            if ((first || second) && !value.isEmpty()) {
                if (role == Qt::DisplayRole)
                    return QString(value + u" · "_s + traceIdMeaning());
                if (role == (first ? JsonDiffModel::FirstMeaningRole : JsonDiffModel::SecondMeaningRole))
                    return traceIdMeaning();
            }
            if (role == Qt::ToolTipRole)
                return traceIdExplanation();
        }
        return m_source->data(m_source->index(entry->difference, index.column()), role);
    }

    const Unchanged &same = entry->unchanged;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case JsonDiffModel::ChangeColumn:
            return tr("Same");
        case JsonDiffModel::PathColumn:
            return same.occurrence > 0 ? same.path + u' ' + tr("(occurrence %1)").arg(same.occurrence + 1)
                                       : same.path;
        case JsonDiffModel::FirstColumn:
        case JsonDiffModel::SecondColumn:
            return same.meaning.isEmpty() ? same.value : same.value + u" · "_s + same.meaning;
        }
        return {};
    case Qt::ToolTipRole:
        return same.tooltip.isEmpty() ? tr("The same on both sides") : same.tooltip;
    case JsonDiffModel::PartRole:
        return int(same.part);
    case JsonDiffModel::PathRole:
    case JsonDiffModel::SecondPathRole:
        return same.path;
    case JsonDiffModel::FirstValueRole:
    case JsonDiffModel::SecondValueRole:
        return same.value;
    case JsonDiffModel::FirstMeaningRole:
    case JsonDiffModel::SecondMeaningRole:
        return same.meaning;
    case JsonDiffModel::FirstBadgeRole:
    case JsonDiffModel::SecondBadgeRole:
        return same.badge.isBadge() ? QVariant::fromValue(same.badge) : QVariant();
    case JsonDiffModel::OccurrenceRole:
        return same.occurrence;
    default:
        return {};
    }
}

QString DiffContextModel::traceIdMeaning()
{
    return tr("request id");
}

QString DiffContextModel::traceIdExplanation()
{
    QString text = tr("HighLevel gives every request a traceId of its own: a different one on each answer is "
                      "normal and says nothing about the message.");
    if (const LiveApi::KnownDifference *known = LiveApi::byCode(u"live-trace-id"))
        text += u"\n"_s + known->description;
    return text;
}

QVariant DiffContextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        if (section == JsonDiffModel::FirstColumn && !m_firstLabel.isEmpty())
            return m_firstLabel;
        if (section == JsonDiffModel::SecondColumn && !m_secondLabel.isEmpty())
            return m_secondLabel;
    }
    if (orientation == Qt::Horizontal && section >= 0 && section < JsonDiffModel::ColumnCount)
        return m_source->headerData(section, orientation, role);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> DiffContextModel::roleNames() const
{
    QHash<int, QByteArray> names = m_source->roleNames();
    names.insert(UnchangedRole, "unchanged");
    return names;
}
