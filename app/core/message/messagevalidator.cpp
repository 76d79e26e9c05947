#include "message/messagevalidator.h"

#include "message/liveapi.h"
#include "message/messageformatting.h"
#include "message/messageschema.h"
#include "text/safetext.h"
#include "json/jsonpath.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MessageValidator)
};

QString typeWord(MessageSchema::ValueType type)
{
    switch (type) {
    case MessageSchema::ValueType::String:
        return Tr::tr("a string");
    case MessageSchema::ValueType::Number:
        return Tr::tr("a number");
    case MessageSchema::ValueType::Object:
        return Tr::tr("an object");
    case MessageSchema::ValueType::StringArray:
        return Tr::tr("an array of strings");
    }
    return QString();
}

QString kindWord(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Null:
        return Tr::tr("null");
    case NodeKind::Bool:
        return Tr::tr("a boolean");
    case NodeKind::Number:
        return Tr::tr("a number");
    case NodeKind::String:
        return Tr::tr("a string");
    case NodeKind::Object:
        return Tr::tr("an object");
    case NodeKind::Array:
        return Tr::tr("an array");
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
    Validator(const Json::Document &doc, const ResponseShape &shape)
        : doc(doc)
        , shape(shape)
    {}

    QList<Finding> run();

private:
    void add(Finding::Severity severity, const QString &code, const QString &path, const QString &message,
             qint64 offset = -1)
    {
        findings.append(Finding{severity, code, path, message, offset, QString()});
    }
    void note(const LiveApi::KnownDifference &row, const QString &path, qint64 offset = -1)
    {
        for (const Finding &f : std::as_const(findings)) {
            if (f.severity == Finding::Severity::KnownDifference && f.code == row.code && f.path == path)
                return;
        }
        findings.append(Finding{Finding::Severity::KnownDifference, row.code, path,
                                Tr::tr("Differs from the documentation the way the live API is known to: %1")
                                    .arg(row.description),
                                offset, row.source});
    }
    bool isWebhook() const { return shape.kind == ResponseShape::Kind::WebhookEvent; }
    bool looksLikeCall() const;
    qint64 walk(QStringView relativePath) const;
    void documentIssues();
    void checkField(const MessageSchema::FieldSpec &spec);
    void checkStringArray(const QString &path, qint64 array);
    void checkEnum(const QString &canonicalPath, const QString &path, qint64 offset);
    void checkDate(const QString &path, qint64 offset);
    void checkTypeAgreement();
    void checkUnknownFields();

    const Json::Document &doc;
    const ResponseShape &shape;
    QList<Finding> findings;
};

qint64 Validator::walk(QStringView relativePath) const
{
    qint64 at = shape.messageOffset;
    if (relativePath == u"$")
        return at;
    for (const QStringView step : relativePath.mid(2).split(u'.')) {
        if (at < 0 || doc.kindAt(at) != NodeKind::Object)
            return -1;
        at = doc.findMember(at, step).valueOffset;
    }
    return at;
}

// Calls are reported live without contentType; only then is its absence a known difference.
bool Validator::looksLikeCall() const
{
    const qint64 type = walk(u"$.type");
    if (type >= 0 && doc.kindAt(type) == NodeKind::Number) {
        const QByteArrayView raw = doc.rawAt(type);
        if (raw == "1" || raw == "10")
            return true;
    }
    const qint64 name = walk(u"$.messageType");
    if (name >= 0 && doc.kindAt(name) == NodeKind::String) {
        const QString value = doc.decodeString(name, 200).text;
        if (value.contains(u"CALL"_s, Qt::CaseInsensitive) ||
            value.contains(u"VOICEMAIL"_s, Qt::CaseInsensitive))
            return true;
    }
    return walk(u"$.meta.call") >= 0;
}

void Validator::documentIssues()
{
    using Kind = Json::DocumentIssue::Kind;
    for (const Json::DocumentIssue &issue : doc.issues()) {
        switch (issue.kind) {
        case Kind::DuplicateKey:
            add(Finding::Severity::Warning, u"duplicate-key"_s, issue.path,
                Tr::tr("The key \"%1\" appears more than once in the same object; every occurrence is shown.")
                    .arg(SafeText::forDisplay(issue.detail, 200)),
                issue.offset);
            break;
        case Kind::InvalidUtf8:
            add(Finding::Severity::Warning, u"invalid-utf8"_s, issue.path,
                Tr::tr("This text contains bytes that are not valid UTF-8 (%1); they are shown as \uFFFD.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::LoneSurrogate:
            add(Finding::Severity::Warning, u"lone-surrogate"_s, issue.path,
                Tr::tr(
                    "This text contains %1, half of a character pair without its other half; it is shown as "
                    "\uFFFD.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::ControlCharacter:
            add(Finding::Severity::Warning, u"control-character"_s, issue.path,
                Tr::tr(
                    "This text contains the control character %1 unescaped, which JSON does not allow; it is "
                    "shown escaped.")
                    .arg(issue.detail),
                issue.offset);
            break;
        case Kind::ByteOrderMark:
            add(Finding::Severity::Info, u"byte-order-mark"_s, issue.path,
                Tr::tr(
                    "The body starts with a byte order mark (BOM), which JSON does not use; it was skipped."),
                issue.offset);
            break;
        case Kind::TooManyIssues:
            add(Finding::Severity::Info, u"too-many-issues"_s, issue.path,
                Tr::tr("%1 more problems of this kind were found and not listed.").arg(issue.detail));
            break;
        }
    }
}

void Validator::checkStringArray(const QString &path, qint64 array)
{
    if (doc.allChildrenAre(array, NodeKind::String))
        return; // the usual case, answered without a walk over (maybe millions of) items
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
            Tr::tr("The schema says each item is a string, but this item is %1.").arg(kindWord(firstKind)),
            firstOffset);
    else if (wrong > 1)
        add(Finding::Severity::Warning, u"wrong-type"_s, firstPath,
            Tr::tr("The schema says each item is a string, but %1 items are not (the first is %2).")
                .arg(wrong)
                .arg(kindWord(firstKind)),
            firstOffset);
}

void Validator::checkEnum(const QString &canonicalPath, const QString &path, qint64 offset)
{
    const QStringList *values = MessageSchema::enumFor(canonicalPath);
    if (!values || doc.kindAt(offset) != NodeKind::String)
        return;
    const QString value = doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text;
    if (values->contains(value))
        return;
    if (const LiveApi::KnownDifference *live = LiveApi::extraValue(canonicalPath, value)) {
        note(*live, path, offset);
        return;
    }
    QString message = Tr::tr("\"%1\" is not one of the documented values for this field.")
                          .arg(SafeText::forDisplay(value, 200));
    if (canonicalPath == u"$.messageType"_s && values->contains(u"TYPE_"_s + value.toUpper()))
        message += u' ' + Tr::tr("The documented name is probably %1.").arg(u"TYPE_"_s + value.toUpper());
    add(Finding::Severity::Warning, u"unknown-enum-value"_s, path, message, offset);
}

void Validator::checkDate(const QString &path, qint64 offset)
{
    if (doc.kindAt(offset) != NodeKind::String)
        return;
    const QString text = doc.decodeString(offset, Json::Limits::maxSchemaValueBytes).text;
    if (!MessageFormatting::parseIsoDateTime(text))
        add(Finding::Severity::Warning, u"invalid-date"_s, path,
            Tr::tr("\"%1\" is not an ISO-8601 date and time such as 2024-03-27T18:13:49.000Z.")
                .arg(SafeText::forDisplay(text, 200)),
            offset);
}

void Validator::checkField(const MessageSchema::FieldSpec &spec)
{
    const QString name = spec.path.mid(spec.path.lastIndexOf(u'.') + 1);
    qint64 offset = -1;
    QString found;
    for (const QString &candidate : shape.candidatePaths(spec.path)) {
        offset = walk(candidate);
        if (offset >= 0) {
            found = candidate;
            break;
        }
    }
    const QString actual = shape.actualPath(found.isEmpty() ? spec.path : found);
    if (offset < 0) {
        if (!spec.required || isWebhook())
            return;
        if (const LiveApi::KnownDifference *live = LiveApi::missingField(spec.path);
            live && looksLikeCall()) {
            note(*live, actual);
            return;
        }
        add(Finding::Severity::Error, u"missing-required-field"_s, actual,
            Tr::tr("The required field \"%1\" is missing.").arg(name));
        return;
    }
    if (found != spec.path) {
        // Sent under a name the live API (or a webhook) is known to use: read like the documented one.
        if (const LiveApi::KnownDifference *row = LiveApi::aliasRow(spec.path, found); row && !isWebhook())
            note(*row, actual, offset);
        if (spec.type != MessageSchema::ValueType::String || doc.kindAt(offset) == NodeKind::String)
            checkEnum(spec.path, actual, offset);
        return;
    }
    const NodeKind kind = doc.kindAt(offset);
    // A webhook documents its own types (type is the event name, callDuration a number): values only.
    if (!matches(spec.type, kind) && isWebhook())
        return;
    if (!matches(spec.type, kind)) {
        if (const LiveApi::KnownDifference *live = LiveApi::otherType(spec.path, Json::kindName(kind))) {
            note(*live, actual, offset);
            return;
        }
        add(Finding::Severity::Warning, u"wrong-type"_s, actual,
            Tr::tr("The schema says %1, but the response sends %2 (%3); it is shown as sent.")
                .arg(typeWord(spec.type), kindWord(kind),
                     SafeText::forDisplay(QString::fromUtf8(doc.rawAt(offset).first(
                                              std::min<qsizetype>(doc.rawAt(offset).size(), 80))),
                                          60)),
            offset);
        return;
    }
    if (spec.type == MessageSchema::ValueType::StringArray)
        checkStringArray(actual, offset);
    checkEnum(spec.path, actual, offset);
    if (spec.path == u"$.dateAdded"_s)
        checkDate(actual, offset);
}

void Validator::checkTypeAgreement()
{
    const qint64 typeOffset = walk(u"$.type");
    if (typeOffset < 0 || doc.kindAt(typeOffset) != NodeKind::Number)
        return;
    const QString typePath = shape.actualPath(u"$.type"_s);
    bool isInteger = false;
    const qint64 number =
        QString::fromLatin1(
            doc.rawAt(typeOffset).first(std::min<qsizetype>(doc.rawAt(typeOffset).size(), 40)))
            .toLongLong(&isInteger);
    const auto byNumber = isInteger ? MessageSchema::typeForNumber(number) : std::nullopt;
    if (!byNumber) {
        add(Finding::Severity::Info, u"unknown-type-number"_s, typePath,
            Tr::tr("The type number %1 has no known name; messageType tells what kind of message this is.")
                .arg(SafeText::forDisplay(
                    QString::fromLatin1(
                        doc.rawAt(typeOffset).first(std::min<qsizetype>(doc.rawAt(typeOffset).size(), 80))),
                    40)),
            typeOffset);
        return;
    }
    const qint64 nameOffset = walk(u"$.messageType");
    if (nameOffset < 0 || doc.kindAt(nameOffset) != NodeKind::String)
        return;
    QString name = doc.decodeString(nameOffset, Json::Limits::maxSchemaValueBytes).text;
    if (const LiveApi::KnownDifference *live = LiveApi::extraValue(u"$.messageType", name);
        live && !live->documentedAs.isEmpty())
        name = live->documentedAs; // "SMS" in the official example means TYPE_SMS
    else if (!MessageSchema::messageTypes().contains(name) &&
             MessageSchema::messageTypes().contains(u"TYPE_"_s + name.toUpper()))
        name = u"TYPE_"_s + name.toUpper();
    const auto byName = MessageSchema::typeForMessageType(name);
    if (!byName || byName->number == byNumber->number)
        return;
    add(Finding::Severity::Warning, u"type-mismatch"_s, typePath,
        Tr::tr("type %1 means %2 (%3), but messageType says %4; messageType is taken as the authority.")
            .arg(byNumber->number)
            .arg(byNumber->messageType, byNumber->documented ? Tr::tr("documented") : Tr::tr("inferred"),
                 SafeText::forDisplay(doc.decodeString(nameOffset, Json::Limits::maxSchemaValueBytes).text,
                                      100)),
        typeOffset);
}

void Validator::checkUnknownFields()
{
    const QStringList known = MessageSchema::topLevelNames();
    for (Json::Member m = doc.firstMember(shape.messageOffset); m.isValid(); m = doc.nextMember(m)) {
        const QString key = doc.decodeString(m.keyOffset, Json::Limits::maxSchemaValueBytes).text;
        if (known.contains(key))
            continue;
        const QString path = Json::appendKey(shape.messagePath, key);
        if (const LiveApi::KnownDifference *live = LiveApi::extraField(QString(u"$."_s + key))) {
            note(*live, path, m.keyOffset);
            continue;
        }
        add(Finding::Severity::Info, u"unknown-field"_s, path,
            Tr::tr("The field \"%1\" is not in the documentation; it is shown as sent.")
                .arg(SafeText::forDisplay(key, 200)),
            m.keyOffset);
    }
}

QList<Finding> Validator::run()
{
    if (doc.hasError()) {
        const Json::ParseError e = doc.error();
        add(Finding::Severity::Error, u"parse-error"_s, u"$"_s,
            Tr::tr("The body is not valid JSON: %1").arg(e.toString()), e.offset);
        return findings;
    }
    if (!doc.isValid())
        return findings;
    documentIssues();
    const qint64 root = doc.rootOffset();
    if (doc.kindAt(root) != NodeKind::Object) {
        add(Finding::Severity::Error, u"not-an-object"_s, u"$"_s,
            Tr::tr("The body is %1, not the message object the documentation describes.")
                .arg(kindWord(doc.kindAt(root))),
            root);
        return findings;
    }
    switch (shape.kind) {
    case ResponseShape::Kind::ErrorBody:
        add(Finding::Severity::Info, u"error-body"_s, u"$"_s,
            Tr::tr("This is an error answer from the server, not a message%1.")
                .arg(shape.errorMessages.isEmpty()
                         ? QString()
                         : u": "_s + SafeText::forDisplay(shape.errorMessages.join(u"; "_s), 300)),
            root);
        return findings;
    case ResponseShape::Kind::OtherJson:
        add(Finding::Severity::Error, u"not-a-message"_s, u"$"_s,
            Tr::tr(
                "The body is a JSON object but not a message: it has none of the message's fields (id, "
                "messageType, direction, dateAdded, conversationId, contactId) and no \"message\" object."),
            root);
        return findings;
    case ResponseShape::Kind::WebhookEvent:
        add(Finding::Severity::Info, u"webhook-event"_s, u"$"_s,
            Tr::tr("This is a webhook payload (%1), not a get-message response: it names the message "
                   "differently (messageId, short message types) and is checked only for its values.")
                .arg(shape.webhookEvent.isEmpty() ? Tr::tr("unknown event") : shape.webhookEvent),
            root);
        break;
    case ResponseShape::Kind::LiveEnvelope:
        if (const LiveApi::KnownDifference *row = LiveApi::byCode(u"live-envelope"))
            note(*row, shape.messagePath, shape.messageOffset);
        // The envelope's own members: traceId is known, anything else is reported like an unknown field.
        for (Json::Member m = doc.firstMember(root); m.isValid(); m = doc.nextMember(m)) {
            if (m.valueOffset == shape.messageOffset)
                continue;
            const QString key = doc.decodeString(m.keyOffset, Json::Limits::maxSchemaValueBytes).text;
            const QString path = Json::appendKey(u"$"_s, key);
            if (key == u"traceId") {
                if (const LiveApi::KnownDifference *row = LiveApi::extraField(u"$.traceId"))
                    note(*row, path, m.keyOffset);
                continue;
            }
            add(Finding::Severity::Info, u"unknown-field"_s, path,
                Tr::tr("The envelope field \"%1\" is not in the documentation; it is shown as sent.")
                    .arg(SafeText::forDisplay(key, 200)),
                m.keyOffset);
        }
        break;
    default:
        break;
    }
    for (const MessageSchema::FieldSpec &spec : MessageSchema::fields()) {
        // Nested fields are checked only when their parent object is there.
        const QString parentPath = spec.path.left(spec.path.lastIndexOf(u'.'));
        const qint64 parent = walk(parentPath);
        if (parent < 0 || doc.kindAt(parent) != NodeKind::Object)
            continue;
        checkField(spec);
    }
    checkTypeAgreement();
    if (!isWebhook())
        checkUnknownFields();
    return findings;
}

} // namespace

QList<Finding> MessageValidator::validate(const Json::Document &document, const ResponseShape &shape)
{
    return Validator(document, shape).run();
}

QList<Finding> MessageValidator::validate(const Json::Document &document)
{
    return validate(document, ResponseShape::recognise(document));
}
