#include "jsondocumentcheck.h"

#include "text/safetext.h"
#include "json/jsondocument.h"
#include "json/jsonlimits.h"
#include "json/jsonpath.h"
#include "json/prettyprinter.h"

#include <QBuffer>
#include <QSet>

#include <vector>

using namespace Json;

namespace JsonCheck {

namespace {

QString at(qint64 offset)
{
    return QStringLiteral(" (at byte %1)").arg(offset);
}

// Everything but whitespace outside strings, from the first byte of the root value.
QByteArray significantBytes(QByteArrayView json)
{
    QByteArray out;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            out += c;
        }
    }
    return out;
}

QString checkIssues(const Document &doc)
{
    const QList<DocumentIssue> &issues = doc.issues();
    if (issues.size() > Limits::maxIssues + 1)
        return QStringLiteral("%1 issues recorded, more than the bound").arg(issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const DocumentIssue &issue = issues.at(i);
        if (issue.offset < -1 || issue.offset >= doc.bytes().size())
            return QStringLiteral("issue %1 has offset %2 outside the body").arg(i).arg(issue.offset);
        if (!issue.path.startsWith(QLatin1Char('$')) || issue.path.size() > Limits::maxIssuePathChars + 1)
            return QStringLiteral("issue %1 has a path of %2 characters").arg(i).arg(issue.path.size());
        if (issue.detail.size() > Limits::maxIssueDetailChars + 1)
            return QStringLiteral("issue %1 has a detail of %2 characters").arg(i).arg(issue.detail.size());
        if (issue.kind == DocumentIssue::Kind::TooManyIssues && i != issues.size() - 1)
            return QStringLiteral("TooManyIssues is not the last issue");
    }
    return QString();
}

struct Pending
{
    qint64 offset;
    QString path;
    bool reachable; // no later duplicate key on the way from the root: the path names exactly this node
};

} // namespace

QString checkDocument(const QByteArray &body)
{
    const Document doc = Document::parse(body);
    const qint64 n = body.size();
    if (doc.hasError()) {
        const ParseError e = doc.error();
        if (e.offset < 0 || e.offset > n || e.line < 1 || e.column < 1 || e.message.isEmpty())
            return QStringLiteral("parse error out of range: %1").arg(e.toString());
        if (doc.isValid() || doc.rootOffset() != -1)
            return QStringLiteral("a document with an error claims to be valid");
        return checkIssues(doc);
    }
    if (!doc.isValid())
        return QStringLiteral("parse gave neither a document nor an error");
    if (const QString problem = checkIssues(doc); !problem.isEmpty())
        return problem;

    QSet<qint64> duplicateKeyOffsets;
    bool issuesComplete = true;
    for (const DocumentIssue &issue : doc.issues()) {
        if (issue.kind == DocumentIssue::Kind::DuplicateKey)
            duplicateKeyOffsets.insert(issue.offset);
        if (issue.kind == DocumentIssue::Kind::TooManyIssues)
            issuesComplete = false;
    }

    const qint64 root = doc.rootOffset();
    if (root < 0 || root >= n || doc.endOf(root) > n)
        return QStringLiteral("root span out of range");
    if (doc.offsetForPath(u"$") != root)
        return QStringLiteral("$ does not resolve to the root");

    std::vector<Pending> todo{{root, QStringLiteral("$"), true}};
    while (!todo.empty()) {
        const Pending node = std::move(todo.back());
        todo.pop_back();
        const qint64 offset = node.offset;
        const qint64 end = doc.endOf(offset);
        if (end <= offset || end > n)
            return QStringLiteral("value span [%1, %2) out of range").arg(offset).arg(end);
        if (doc.rawAt(offset).size() != end - offset)
            return QStringLiteral("rawAt and endOf disagree") + at(offset);
        if (node.reachable && doc.offsetForPath(node.path) != offset)
            return QStringLiteral("path %1 resolves to %2, not to its node")
                       .arg(node.path)
                       .arg(doc.offsetForPath(node.path)) +
                   at(offset);

        const NodeKind kind = doc.kindAt(offset);
        if (kind == NodeKind::String) {
            const DecodedString whole = doc.decodeString(offset);
            const DecodedString cut = doc.decodeString(offset, 5);
            if (whole.truncated || whole.rawByteCount != end - offset - 2 ||
                cut.rawByteCount != whole.rawByteCount)
                return QStringLiteral("string decoding disagrees with its span") + at(offset);
            if (cut.truncated != (whole.rawByteCount > 5) || cut.text.size() > whole.text.size())
                return QStringLiteral("cut decoding is not a prefix") + at(offset);
            if (!cut.truncated && cut.text != whole.text)
                return QStringLiteral("short string decodes differently when cut") + at(offset);
        }
        if (kind != NodeKind::Object && kind != NodeKind::Array) {
            if (doc.childCount(offset) != 0 || doc.childIndex(offset).size() != 0)
                return QStringLiteral("a scalar has children") + at(offset);
            continue;
        }

        const ChildIndex index = doc.childIndex(offset);
        if (index.size() != doc.childCount(offset))
            return QStringLiteral("childIndex has %1 children, childCount says %2")
                       .arg(index.size())
                       .arg(doc.childCount(offset)) +
                   at(offset);
        const bool object = kind == NodeKind::Object;
        if (object ? qsizetype(index.keyOffsets.size()) != index.size() : !index.keyOffsets.empty())
            return QStringLiteral("key offsets do not match the kind") + at(offset);

        // The resumable walk visits the same members.
        Member member = doc.firstMember(offset);
        for (qsizetype i = 0; i < index.size(); ++i) {
            const qint64 key = object ? index.keyOffsets[size_t(i)] : -1;
            if (member.valueOffset != index.valueOffsets[size_t(i)] || member.keyOffset != key)
                return QStringLiteral("firstMember/nextMember disagree with childIndex at %1").arg(i) +
                       at(offset);
            member = doc.nextMember(member);
        }
        if (member.isValid())
            return QStringLiteral("nextMember goes past the last child") + at(offset);

        // The kinds the parse noted for a large container agree with its children.
        for (const NodeKind asked : {NodeKind::String, NodeKind::Number, NodeKind::Object, NodeKind::Array}) {
            bool all = true;
            for (const qint64 value : index.valueOffsets)
                all = all && doc.kindAt(value) == asked;
            if (doc.allChildrenAre(offset, asked) != all)
                return QStringLiteral("allChildrenAre disagrees with the children") + at(offset);
        }

        QSet<QString> seenKeys;
        qint64 previousEnd = offset;
        std::vector<Pending> children;
        children.reserve(size_t(index.size()));
        for (qsizetype i = 0; i < index.size(); ++i) {
            const qint64 value = index.valueOffsets[size_t(i)];
            if (value <= previousEnd || value >= end - 1)
                return QStringLiteral("child %1 is not inside its parent in order").arg(i) + at(offset);
            previousEnd = doc.endOf(value) - 1;
            Pending child{value, node.path, node.reachable};
            if (object) {
                const qint64 key = index.keyOffsets[size_t(i)];
                if (doc.kindAt(key) != NodeKind::String || key <= offset || key >= value)
                    return QStringLiteral("key %1 is not a string before its value").arg(i) + at(offset);
                const QString name = doc.stringAt(key);
                const bool first = !seenKeys.contains(name);
                seenKeys.insert(name);
                if (first) {
                    if (doc.findMember(offset, name).valueOffset != value)
                        return QStringLiteral("findMember does not give the first \"%1\"").arg(name) +
                               at(offset);
                } else {
                    // A path names keys by text: this member is reached only through the duplicate check.
                    child.reachable = false;
                    if (issuesComplete && !duplicateKeyOffsets.contains(key))
                        return QStringLiteral("key \"%1\" is a second occurrence but no issue says so")
                                   .arg(SafeText::forDisplay(name, 80)) +
                               at(key);
                }
                appendKeyTo(child.path, name);
            } else {
                appendIndexTo(child.path, i);
            }
            children.push_back(std::move(child));
        }
        // Pushed in reverse so the walk visits children in document order.
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            todo.push_back(std::move(*it));
    }
    return QString();
}

QString checkPrettyPrinter(const QByteArray &body, int indent)
{
    const Document doc = Document::parse(body);
    const PrettyPrinter printer(indent);
    PrettyPrinter::Notes notes;
    const QByteArray pretty = printer.format(doc, &notes);
    if (!doc.isValid())
        return pretty.isEmpty() ? QString() : QStringLiteral("a broken document was printed");

    const QByteArrayView rootSpan = doc.rawAt(doc.rootOffset());
    if (significantBytes(pretty) != significantBytes(rootSpan))
        return QStringLiteral("the printer changed more than whitespace");
    const qint64 bound =
        Limits::prettyOutputBytesPerInputByte * rootSpan.size() + Limits::prettyIndentAllowanceBytes;
    if (pretty.size() > bound)
        return QStringLiteral("pretty output %1 bytes for %2 bytes of input")
            .arg(pretty.size())
            .arg(rootSpan.size());

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PrettyPrinter::Notes streamedNotes;
    if (!printer.write(doc, &buffer, &streamedNotes) || buffer.data() != pretty)
        return QStringLiteral("write() and format() disagree");
    if (streamedNotes.depthCapped != notes.depthCapped ||
        streamedNotes.indentationStopped != notes.indentationStopped)
        return QStringLiteral("write() and format() report different notes");

    // The output is the same JSON, and printing it again changes nothing (unless the indentation budget,
    // which grows with the input, ran out: the longer pretty text has a larger one).
    const Document again = Document::parse(pretty);
    if (!again.isValid())
        return QStringLiteral("the pretty output does not parse: %1").arg(again.error().toString());
    if (!notes.indentationStopped && printer.format(again) != pretty)
        return QStringLiteral("printing the pretty output again changes it");
    return QString();
}

} // namespace JsonCheck
