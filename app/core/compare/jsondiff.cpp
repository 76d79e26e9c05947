#include "compare/jsondiff.h"

#include "common/counttext.h"
#include "compare/diffvaluetext.h"
#include "json/jsonpath.h"

#include <QHash>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using Json::NodeKind;
using Change = JsonDifference::Change;
using Part = JsonDifference::Part;

namespace {

// How often (in values visited) the walk asks whether it should stop.
constexpr qint64 stopCheckInterval = 4096;

// One object member with its decoded key and which occurrence of that key it is.
struct KeyedMember
{
    QString key;
    int occurrence = 0;
    qint64 valueOffset = -1;
};

std::vector<KeyedMember> membersOf(const Json::Document &doc, qint64 object, qint64 skipValueOffset)
{
    std::vector<KeyedMember> members;
    QHash<QString, int> seen;
    for (Json::Member m = doc.firstMember(object); m.isValid(); m = doc.nextMember(m)) {
        if (m.valueOffset == skipValueOffset)
            continue;
        KeyedMember member{doc.stringAt(m.keyOffset), 0, m.valueOffset};
        int &count = seen[member.key];
        member.occurrence = count++;
        members.push_back(std::move(member));
    }
    return members;
}

// Where a value is, as a chain of steps up to the root, built on the stack as the walk descends: a path's
// text is made only for the values that differ, not for the hundreds of thousands that do not. Paired values
// have the same keys and indexes on both sides; only the roots differ ("$" and "$.message").
struct PathStep
{
    const PathStep *parent = nullptr; // nullptr: the root
    const QString *key = nullptr;     // an object member's key; nullptr for an array index
    qint64 index = -1;
};

QString pathText(const QString &root, const PathStep &step)
{
    std::vector<const PathStep *> chain;
    for (const PathStep *s = &step; s->parent; s = s->parent)
        chain.push_back(s);
    QString path = root;
    for (auto it = chain.crbegin(); it != chain.crend(); ++it)
        path = (*it)->key ? Json::appendKey(path, *(*it)->key) : Json::appendIndex(path, (*it)->index);
    return path;
}

QString ordinal(int occurrence)
{
    return QLocale().toString(occurrence + 1);
}

} // namespace

// The walk itself: one per compare() call, never shared between threads.
class JsonDiffWalker
{
public:
    JsonDiffWalker(const Json::Document &first, const Json::Document &second,
                   const JsonDiff::Options &options, const std::function<bool()> &shouldStop,
                   JsonDiff &result)
        : a(first)
        , b(second)
        , options(options)
        , shouldStop(shouldStop)
        , r(result)
    {}

    void run();

private:
    // Compares the values at aValue and bValue; false once the walk must end (limit reached or stopped).
    bool compareValues(qint64 aValue, qint64 bValue, const PathStep &at, int occurrence, Part part);
    bool compareObjects(const std::vector<KeyedMember> &aMembers, const std::vector<KeyedMember> &bMembers,
                        const PathStep &at, Part part);
    bool compareArrays(qint64 aArray, qint64 bArray, const PathStep &at, Part part);
    bool sameScalar(qint64 aValue, qint64 bValue) const;
    bool note(Change change, Part part, const PathStep &at, int occurrence, qint64 aValue, qint64 bValue);
    bool tick();

    QString valueText(const Json::Document &doc, qint64 offset) const;
    void describe(const Json::Document &doc, const ResponseShape &shape, const QString &path, qint64 offset,
                  QString *meaning, Badge *badge) const;

    const Json::Document &a;
    const Json::Document &b;
    const JsonDiff::Options &options;
    const std::function<bool()> &shouldStop;
    JsonDiff &r;
    bool m_done = false;
    // The roots the current part's paths start from in each body.
    QString m_aRoot = u"$"_s;
    QString m_bRoot = u"$"_s;
};

bool JsonDiffWalker::tick()
{
    if (m_done)
        return false;
    ++r.m_valuesCompared;
    if (shouldStop && r.m_valuesCompared % stopCheckInterval == 0 && shouldStop()) {
        r.m_cancelled = true;
        m_done = true;
    }
    return !m_done;
}

void JsonDiffWalker::run()
{
    r.m_bytesEqual = a.bytes() == b.bytes();
    r.m_firstShape = ResponseShape::recognise(a);
    r.m_secondShape = ResponseShape::recognise(b);
    const auto unusable = [](const Json::Document &doc) {
        if (doc.hasError())
            return JsonDiff::tr("it is not JSON (%1)").arg(doc.error().toString());
        if (!doc.isValid())
            return JsonDiff::tr("it is empty");
        return QString();
    };
    const QString firstProblem = unusable(a);
    const QString secondProblem = unusable(b);
    if (!firstProblem.isEmpty() || !secondProblem.isEmpty()) {
        QStringList reasons;
        if (!firstProblem.isEmpty())
            reasons
                << JsonDiff::tr("The first body cannot be compared field by field: %1.").arg(firstProblem);
        if (!secondProblem.isEmpty())
            reasons
                << JsonDiff::tr("The second body cannot be compared field by field: %1.").arg(secondProblem);
        r.m_error = reasons.join(u' ');
        return;
    }

    const ResponseShape &sa = r.m_firstShape;
    const ResponseShape &sb = r.m_secondShape;
    if (options.pairMessages && sa.hasMessage() && sb.hasMessage() &&
        a.kindAt(sa.messageOffset) == NodeKind::Object && b.kindAt(sb.messageOffset) == NodeKind::Object) {
        r.m_pairedMessages = true;
        if (sa.messagePath != sb.messagePath)
            r.m_notes << JsonDiff::tr(
                             "Compared the messages: the first body's at %1 (%2), the second body's at "
                             "%3 (%4).")
                             .arg(sa.messagePath, sa.description(), sb.messagePath, sb.description());
        m_aRoot = sa.messagePath;
        m_bRoot = sb.messagePath;
        if (!compareObjects(membersOf(a, sa.messageOffset, -1), membersOf(b, sb.messageOffset, -1),
                            PathStep{}, Part::Message))
            return;
        m_aRoot = m_bRoot = u"$"_s;
        // What surrounds the message: nothing for a flat message, the envelope's other members otherwise.
        const bool aEnveloped = sa.messagePath != u"$"_s;
        const bool bEnveloped = sb.messagePath != u"$"_s;
        if (aEnveloped || bEnveloped) {
            const auto around = [](const Json::Document &doc, const ResponseShape &shape, bool enveloped) {
                return enveloped ? membersOf(doc, doc.rootOffset(), shape.messageOffset)
                                 : std::vector<KeyedMember>{};
            };
            compareObjects(around(a, sa, aEnveloped), around(b, sb, bEnveloped), PathStep{}, Part::Envelope);
        }
        return;
    }
    compareValues(a.rootOffset(), b.rootOffset(), PathStep{}, 0, Part::Body);
}

bool JsonDiffWalker::sameScalar(qint64 aValue, qint64 bValue) const
{
    const QByteArrayView aRaw = a.rawAt(aValue);
    const QByteArrayView bRaw = b.rawAt(bValue);
    if (aRaw == bRaw)
        return true;
    // The same text written with different escapes ("\u00e9" and "é") is the same string.
    if (a.kindAt(aValue) == NodeKind::String && (aRaw.contains('\\') || bRaw.contains('\\')))
        return a.stringAt(aValue) == b.stringAt(bValue);
    // Numbers are compared as sent: 1.50 and 1.5 differ, as the wire does.
    return false;
}

bool JsonDiffWalker::compareValues(qint64 aValue, qint64 bValue, const PathStep &at, int occurrence,
                                   Part part)
{
    if (!tick())
        return false;
    const NodeKind aKind = a.kindAt(aValue);
    const NodeKind bKind = b.kindAt(bValue);
    if (aKind != bKind)
        return note(Change::Changed, part, at, occurrence, aValue, bValue);
    if (aKind != NodeKind::Object && aKind != NodeKind::Array) {
        if (sameScalar(aValue, bValue))
            return true;
        return note(Change::Changed, part, at, occurrence, aValue, bValue);
    }
    // Identical bytes: nothing inside differs. One memcmp instead of a walk.
    if (a.rawAt(aValue) == b.rawAt(bValue))
        return true;
    if (aKind == NodeKind::Array)
        return compareArrays(aValue, bValue, at, part);
    return compareObjects(membersOf(a, aValue, -1), membersOf(b, bValue, -1), at, part);
}

bool JsonDiffWalker::compareArrays(qint64 aArray, qint64 bArray, const PathStep &at, Part part)
{
    Json::Member am = a.firstMember(aArray);
    Json::Member bm = b.firstMember(bArray);
    qint64 index = 0;
    for (; am.isValid() && bm.isValid(); am = a.nextMember(am), bm = b.nextMember(bm), ++index) {
        if (!compareValues(am.valueOffset, bm.valueOffset, PathStep{&at, nullptr, index}, 0, part))
            return false;
    }
    for (; bm.isValid(); bm = b.nextMember(bm), ++index) {
        if (!tick() || !note(Change::Added, part, PathStep{&at, nullptr, index}, 0, -1, bm.valueOffset))
            return false;
    }
    for (; am.isValid(); am = a.nextMember(am), ++index) {
        if (!tick() || !note(Change::Removed, part, PathStep{&at, nullptr, index}, 0, am.valueOffset, -1))
            return false;
    }
    return true;
}

bool JsonDiffWalker::compareObjects(const std::vector<KeyedMember> &aMembers,
                                    const std::vector<KeyedMember> &bMembers, const PathStep &at, Part part)
{
    // Pair by (key, occurrence): the second "status" of one object with the second "status" of the other.
    QHash<QString, std::vector<size_t>> aByKey;
    aByKey.reserve(qsizetype(aMembers.size()));
    for (size_t i = 0; i < aMembers.size(); ++i)
        aByKey[aMembers[i].key].push_back(i);
    std::vector<bool> aPaired(aMembers.size(), false);
    std::vector<qint64> partnerOf(bMembers.size(), -1);
    for (size_t j = 0; j < bMembers.size(); ++j) {
        const auto it = aByKey.constFind(bMembers[j].key);
        if (it == aByKey.cend() || size_t(bMembers[j].occurrence) >= it->size())
            continue;
        const size_t i = (*it)[size_t(bMembers[j].occurrence)];
        partnerOf[j] = qint64(i);
        aPaired[i] = true;
    }

    // Server order: the second body's members in its order, each removed member placed before the first
    // paired member that followed it in the first body.
    size_t nextRemoved = 0;
    const auto removedUpTo = [&](size_t end) {
        for (; nextRemoved < end; ++nextRemoved) {
            if (aPaired[nextRemoved])
                continue;
            const KeyedMember &m = aMembers[nextRemoved];
            if (!tick() ||
                !note(Change::Removed, part, PathStep{&at, &m.key, -1}, m.occurrence, m.valueOffset, -1))
                return false;
        }
        return true;
    };
    for (size_t j = 0; j < bMembers.size(); ++j) {
        const KeyedMember &bm = bMembers[j];
        const PathStep child{&at, &bm.key, -1};
        if (partnerOf[j] < 0) {
            if (!tick() || !note(Change::Added, part, child, bm.occurrence, -1, bm.valueOffset))
                return false;
            continue;
        }
        const size_t i = size_t(partnerOf[j]);
        if (i > nextRemoved && !removedUpTo(i))
            return false;
        if (!compareValues(aMembers[i].valueOffset, bm.valueOffset, child, bm.occurrence, part))
            return false;
    }
    return removedUpTo(aMembers.size());
}

bool JsonDiffWalker::note(Change change, Part part, const PathStep &at, int occurrence, qint64 aValue,
                          qint64 bValue)
{
    if (r.m_differences.size() >= options.maxDifferences) {
        r.m_truncated = true;
        m_done = true;
        return false;
    }
    const QString aPath = pathText(m_aRoot, at);
    const QString bPath = pathText(m_bRoot, at);
    JsonDifference d;
    d.change = change;
    d.part = part;
    d.path = bPath;
    d.firstPath = change == Change::Added ? QString() : aPath;
    d.secondPath = change == Change::Removed ? QString() : bPath;
    d.occurrence = occurrence;
    d.firstOffset = aValue;
    d.secondOffset = bValue;
    if (aValue >= 0) {
        d.firstKind = a.kindAt(aValue);
        d.firstValue = valueText(a, aValue);
        describe(a, r.m_firstShape, aPath, aValue, &d.firstMeaning, &d.firstBadge);
    }
    if (bValue >= 0) {
        d.secondKind = b.kindAt(bValue);
        d.secondValue = valueText(b, bValue);
        describe(b, r.m_secondShape, bPath, bValue, &d.secondMeaning, &d.secondBadge);
    }
    r.m_differences.append(std::move(d));
    return true;
}

QString JsonDiffWalker::valueText(const Json::Document &doc, qint64 offset) const
{
    return DiffValueText::oneLine(doc, offset, std::max(8, options.maxValueChars));
}

void JsonDiffWalker::describe(const Json::Document &doc, const ResponseShape &shape, const QString &path,
                              qint64 offset, QString *meaning, Badge *badge) const
{
    // Only when the messages were paired: a path in two unrelated bodies has no message meaning.
    if (!shape.hasMessage() || !r.m_pairedMessages)
        return;
    const DiffValueText::Meaning described =
        DiffValueText::meaning(doc, shape, path, offset, options.timeZone);
    *meaning = described.text;
    *badge = described.badge;
}

JsonDiff JsonDiff::compare(const Json::Document &first, const Json::Document &second, const Options &options)
{
    return compare(first, second, options, {});
}

JsonDiff JsonDiff::compare(const Json::Document &first, const Json::Document &second, const Options &options,
                           const std::function<bool()> &shouldStop)
{
    JsonDiff result;
    JsonDiffWalker(first, second, options, shouldStop, result).run();
    if (result.m_truncated)
        result.m_notes << tr("Stopped after %1: further differences are not listed.")
                              .arg(countText(options.maxDifferences, JsonDiff::tr("1 difference"),
                                             JsonDiff::tr("%1 differences")));
    if (result.m_cancelled)
        result.m_notes << tr("The comparison was stopped before the end: the list is incomplete.");
    return result;
}

QFuture<JsonDiff> JsonDiff::start(const Json::Document &first, const Json::Document &second,
                                  const Options &options)
{
    return QtConcurrent::run(
        [](QPromise<JsonDiff> &promise, const Json::Document &a, const Json::Document &b, const Options &o) {
            promise.addResult(compare(a, b, o, [&promise] { return promise.isCanceled(); }));
        },
        first, second, options);
}

qsizetype JsonDiff::count(JsonDifference::Change change) const
{
    return std::count_if(m_differences.cbegin(), m_differences.cend(),
                         [change](const JsonDifference &d) { return d.change == change; });
}

bool JsonDiff::isIdentical() const
{
    if (hasError())
        return m_bytesEqual;
    return m_differences.isEmpty() && !m_truncated && !m_cancelled;
}

QString JsonDiff::lineFor(const JsonDifference &d)
{
    QString path = d.path;
    if (d.occurrence > 0)
        path += u' ' + tr("(occurrence %1 of this key)").arg(ordinal(d.occurrence));
    const auto withMeaning = [](const QString &value, const QString &meaning) {
        return meaning.isEmpty() ? value : value + u" ("_s + meaning + u')';
    };
    switch (d.change) {
    case Change::Added:
        return u"+ "_s + path + u": "_s + withMeaning(d.secondValue, d.secondMeaning);
    case Change::Removed:
        return u"- "_s + path + u": "_s + withMeaning(d.firstValue, d.firstMeaning);
    case Change::Changed: {
        QString line = u"~ "_s + path + u": "_s + d.firstValue + u" → "_s + d.secondValue;
        if (!d.firstMeaning.isEmpty() || !d.secondMeaning.isEmpty()) {
            const QString none = tr("none");
            line += u" ("_s + (d.firstMeaning.isEmpty() ? none : d.firstMeaning) + u" → "_s +
                    (d.secondMeaning.isEmpty() ? none : d.secondMeaning) + u')';
        }
        return line;
    }
    }
    return QString();
}

QStringList JsonDiff::toText() const
{
    QStringList lines;
    if (hasError()) {
        lines << m_error;
        lines << (m_bytesEqual ? tr("The two bodies are byte for byte the same.")
                               : tr("The two bodies differ."));
        return lines;
    }
    // The pairing note comes first; the truncation and stop notes last.
    const qsizetype pairingNotes = m_pairedMessages && m_firstShape.messagePath != m_secondShape.messagePath;
    lines += m_notes.mid(0, pairingNotes);
    bool envelopeHeading = false;
    for (const JsonDifference &d : m_differences) {
        if (d.part == Part::Envelope && !envelopeHeading) {
            lines << tr("Outside the message:");
            envelopeHeading = true;
        }
        lines << lineFor(d);
    }
    if (m_differences.isEmpty() && !m_truncated && !m_cancelled)
        lines << tr("No differences.");
    lines += m_notes.mid(pairingNotes);
    return lines;
}
