#include "message/messagevalidator.h"

#include "message/messageformatting.h"
#include "message/messageschema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageValidator", text);
}

QString typeWord(MessageSchema::ValueType type)
{
    switch (type) {
    case MessageSchema::ValueType::String:
        return tr("a string");
    case MessageSchema::ValueType::Number:
        return tr("a number");
    case MessageSchema::ValueType::Object:
        return tr("an object");
    case MessageSchema::ValueType::StringArray:
        return tr("an array of strings");
    }
    return QString();
}

QString kindWord(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Null:
        return tr("null");
    case NodeKind::Bool:
        return tr("a boolean");
    case NodeKind::Number:
        return tr("a number");
    case NodeKind::String:
        return tr("a string");
    case NodeKind::Object:
        return tr("an object");
    case NodeKind::Array:
        return tr("an array");
    }
    return QString();
}

bool matches(MessageSchema::ValueType type, NodeKind kind)
{
    switch (type) {
    case MessageSchema::ValueType::String:
        return kind == NodeKind::String;
    case MessageSchema::ValueType::Number:
        return kind == NodeKind::Number;
    case MessageSchema::ValueType::Object:
        return kind == NodeKind::Object;
    case MessageSchema::ValueType::StringArray:
        return kind == NodeKind::Array;
    }
    return false;
}

class Validator
{
public:
    explicit Validator(const Json::Document &doc)
        : doc(doc)
    {}

    QList<Finding> run();

private:
    void add(Finding::Severity severity, const QString &code, const QString &path, const QString &message,
             qint64 offset = -1)
    {
        findings.append(Finding{severity, code, path, message, offset});
    }
    void documentIssues();
    void checkField(const MessageSchema::FieldSpec &spec, qint64 parentObject);
    void checkStringArray(const QString &path, qint64 array);
    void checkEnum(const QString &path, qint64 offset);
    void checkDate(qint64 offset);
    void checkTypeAgreement(qint64 root);
    void checkUnknownFields(qint64 root);

    const Json::Document &doc;
    QList<Finding> findings;
};

void Validator::documentIssues()
{
    using Kind = Json::DocumentIssue::Kind;
    for (const Json::DocumentIssue &issue : doc.issues()) {
        switch (issue.kind) {
        case Kind::DuplicateKey:
            add(Finding::Severity::Warning, u"duplicate-key"_s, issue.path,
                tr("The key \"%1\" appears more than once in the same object; every occurrence is shown.")
                    .arg(Json::escapeForDisplay(issue.detail, 200)),
                issue.offset);
            break;
        case Kind::InvalidUtf8:
            add(Finding::Severity::Warning, u"invalid-utf8"_s, issue.path,
                tr("This text contains bytes that are not valid UTF-8 (%1); they are shown as \uFFFD.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::LoneSurrogate:
            add(Finding::Severity::Warning, u"lone-surrogate"_s, issue.path,
                tr("This text contains %1, half of a character pair without its other half; it is shown as "
                   "\uFFFD.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::ControlCharacter:
            add(Finding::Severity::Warning, u"control-character"_s, issue.path,
                tr("This text contains the control character %1 unescaped, which JSON does not allow; it is "
                   "shown escaped.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::ByteOrderMark:
            add(Finding::Severity::Info, u"byte-order-mark"_s, issue.path,
                tr("The body starts with a byte order mark (BOM), which JSON does not use; it was skipped."),
                issue.offset);
            break;
        case Kind::TooManyIssues:
            add(Finding::Severity::Info, u"too-many-issues"_s, issue.path,
                tr("%1 more problems of this kind were found and not listed.").arg(issue.detail));
            break;
        }
    }
}

void Validator::checkStringArray(const QString &path, qint64 array)
{
    qint64 index = 0;
    qint64 wrong = 0;
    QString firstPath;
    qint64 firstOffset = -1;
    NodeKind firstKind = NodeKind::Null;
    for (Json::Member m = doc.firstMember(array); m.isValid(); m = doc.nextMember(m), ++index) {
        const NodeKind kind = doc.kindAt(m.valueOffset);
        if (kind == NodeKind::String)
            continue;
        if (wrong++ == 0) {
            firstPath = Json::appendIndex(path, index);
            firstOffset = m.valueOffset;
            firstKind = kind;
        }
    }
    if (wrong == 1)
        add(Finding::Severity::Warning, u"wrong-type"_s, firstPath,
            tr("The schema says each item is a string, but this item is %1.").arg(kindWord(firstKind)),
            firstOffset);
    else if (wrong > 1)
        add(Finding::Severity::Warning, u"wrong-type"_s, firstPath,
            tr("The schema says each item is a string, but %1 items are not (the first is %2).")
                .arg(wrong)
                .arg(kindWord(firstKind)),
            firstOffset);
}

void Validator::checkEnum(const QString &path, qint64 offset)
{
    const QStringList *values = MessageSchema::enumFor(path);
    if (!values || doc.kindAt(offset) != NodeKind::String)
        return;
    const QString value = doc.stringAt(offset);
    if (values->contains(value))
        return;
    QString message = tr("\"%1\" is not one of the documented values for this field.")
                          .arg(Json::escapeForDisplay(value, 200));
    if (path == u"$.messageType"_s && values->contains(u"TYPE_"_s + value.toUpper()))
        message += u' ' + tr("The documented name is probably %1.").arg(u"TYPE_"_s + value.toUpper());
    add(Finding::Severity::Warning, u"unknown-enum-value"_s, path, message, offset);
}

void Validator::checkDate(qint64 offset)
{
    if (doc.kindAt(offset) != NodeKind::String)
        return;
    const QString text = doc.stringAt(offset);
    if (!MessageFormatting::parseIsoDateTime(text))
        add(Finding::Severity::Warning, u"invalid-date"_s, u"$.dateAdded"_s,
            tr("\"%1\" is not an ISO-8601 date and time such as 2024-03-27T18:13:49.000Z.")
                .arg(Json::escapeForDisplay(text, 200)),
            offset);
}

void Validator::checkField(const MessageSchema::FieldSpec &spec, qint64 parentObject)
{
    const QString name = spec.path.mid(spec.path.lastIndexOf(u'.') + 1);
    const Json::Member member = doc.findMember(parentObject, name);
    if (!member.isValid()) {
        if (spec.required)
            add(Finding::Severity::Error, u"missing-required-field"_s, spec.path,
                tr("The required field \"%1\" is missing.").arg(name));
        return;
    }
    const qint64 offset = member.valueOffset;
    const NodeKind kind = doc.kindAt(offset);
    if (!matches(spec.type, kind)) {
        add(Finding::Severity::Warning, u"wrong-type"_s, spec.path,
            tr("The schema says %1, but the response sends %2 (%3); it is shown as sent.")
                .arg(typeWord(spec.type), kindWord(kind),
                     Json::escapeForDisplay(QString::fromUtf8(doc.rawAt(offset).first(
                                                std::min<qsizetype>(doc.rawAt(offset).size(), 80))),
                                            60)),
            offset);
        return;
    }
    if (spec.type == MessageSchema::ValueType::StringArray)
        checkStringArray(spec.path, offset);
    checkEnum(spec.path, offset);
    if (spec.path == u"$.dateAdded"_s)
        checkDate(offset);
}

void Validator::checkTypeAgreement(qint64 root)
{
    const qint64 typeOffset = doc.findMember(root, u"type").valueOffset;
    if (typeOffset < 0 || doc.kindAt(typeOffset) != NodeKind::Number)
        return;
    bool isInteger = false;
    const qint64 number = QString::fromLatin1(doc.rawAt(typeOffset)).toLongLong(&isInteger);
    const auto byNumber = isInteger ? MessageSchema::typeForNumber(number) : std::nullopt;
    if (!byNumber) {
        add(Finding::Severity::Info, u"unknown-type-number"_s, u"$.type"_s,
            tr("The type number %1 has no known name; messageType tells what kind of message this is.")
                .arg(QString::fromLatin1(doc.rawAt(typeOffset))),
            typeOffset);
        return;
    }
    const qint64 nameOffset = doc.findMember(root, u"messageType").valueOffset;
    if (nameOffset < 0 || doc.kindAt(nameOffset) != NodeKind::String)
        return;
    QString name = doc.stringAt(nameOffset);
    if (!MessageSchema::messageTypes().contains(name) &&
        MessageSchema::messageTypes().contains(u"TYPE_"_s + name.toUpper()))
        name = u"TYPE_"_s + name.toUpper(); // "SMS" in the official example means TYPE_SMS
    const auto byName = MessageSchema::typeForMessageType(name);
    if (!byName || byName->number == byNumber->number)
        return;
    add(Finding::Severity::Warning, u"type-mismatch"_s, u"$.type"_s,
        tr("type %1 means %2 (%3), but messageType says %4; messageType is taken as the authority.")
            .arg(byNumber->number)
            .arg(byNumber->messageType, byNumber->documented ? tr("documented") : tr("inferred"),
                 Json::escapeForDisplay(doc.stringAt(nameOffset), 100)),
        typeOffset);
}

void Validator::checkUnknownFields(qint64 root)
{
    const QStringList known = MessageSchema::topLevelNames();
    for (Json::Member m = doc.firstMember(root); m.isValid(); m = doc.nextMember(m)) {
        const QString key = doc.stringAt(m.keyOffset);
        if (!known.contains(key))
            add(Finding::Severity::Info, u"unknown-field"_s, Json::appendKey(u"$"_s, key),
                tr("The field \"%1\" is not in the documentation; it is shown as sent.")
                    .arg(Json::escapeForDisplay(key, 200)),
                m.keyOffset);
    }
}

QList<Finding> Validator::run()
{
    if (doc.hasError()) {
        const Json::ParseError e = doc.error();
        add(Finding::Severity::Error, u"parse-error"_s, u"$"_s,
            tr("The body is not valid JSON: %1").arg(e.toString()), e.offset);
        return findings;
    }
    if (!doc.isValid())
        return findings;
    documentIssues();
    const qint64 root = doc.rootOffset();
    if (doc.kindAt(root) != NodeKind::Object) {
        add(Finding::Severity::Error, u"not-an-object"_s, u"$"_s,
            tr("The body is %1, not the message object the documentation describes.")
                .arg(kindWord(doc.kindAt(root))),
            root);
        return findings;
    }
    for (const MessageSchema::FieldSpec &spec : MessageSchema::fields()) {
        // Nested fields are checked only when their parent object is there.
        const QString parentPath = spec.path.left(spec.path.lastIndexOf(u'.'));
        const qint64 parent = parentPath == u"$"_s ? root : doc.offsetForPath(parentPath);
        if (parent < 0 || doc.kindAt(parent) != NodeKind::Object)
            continue;
        checkField(spec, parent);
    }
    checkTypeAgreement(root);
    checkUnknownFields(root);
    return findings;
}

} // namespace

QList<Finding> MessageValidator::validate(const Json::Document &document)
{
    return Validator(document).run();
}
