#include "message/messageschema.h"
#include "message/messagevalidator.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "severity code path" per finding: compact enough to compare whole lists.
QStringList summary(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << Finding::severityName(f.severity) + u' ' + f.code + u' ' + f.path;
    return lines;
}

QList<Finding> validate(const QByteArray &json)
{
    return MessageValidator::validate(Json::Document::parse(json));
}

// A response that satisfies the schema; tests change one thing at a time.
QJsonObject validMessage()
{
    return QJsonObject{
        {u"id"_s, u"ve9EPM428h8vShlRW1KT"_s},
        {u"type"_s, 2},
        {u"messageType"_s, u"TYPE_SMS"_s},
        {u"locationId"_s, u"loc1"_s},
        {u"contactId"_s, u"con1"_s},
        {u"conversationId"_s, u"conv1"_s},
        {u"dateAdded"_s, u"2024-03-27T18:13:49.000Z"_s},
        {u"body"_s, u"Hi there"_s},
        {u"direction"_s, u"inbound"_s},
        {u"status"_s, u"delivered"_s},
        {u"contentType"_s, u"text/plain"_s},
        {u"attachments"_s, QJsonArray{}},
        {u"source"_s, u"app"_s},
        {u"meta"_s, QJsonObject{{u"callStatus"_s, u"completed"_s}, {u"callDuration"_s, u"120"_s}}},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestMessageValidator : public QObject
{
    Q_OBJECT

private slots:
    void validMessageHasNoFindings() { QCOMPARE(summary(validate(bytes(validMessage()))), QStringList()); }

    // The official example, generated from the OpenAPI file the way the documentation's "Example (auto)" is:
    // each property's example, else its first enum value, else "string"; arrays hold one item.
    void officialOpenApiExample()
    {
        QFile spec(TestSupport::sourcePath(u"tests/data/highlevel-openapi/apps/conversations.json"_s));
        QVERIFY(spec.open(QIODevice::ReadOnly));
        const QJsonObject schemas = QJsonDocument::fromJson(spec.readAll())
                                        .object()["components"_L1]
                                        .toObject()["schemas"_L1]
                                        .toObject();
        std::function<QJsonValue(const QJsonObject &)> example =
            [&](const QJsonObject &schema) -> QJsonValue {
            if (schema.contains("$ref"_L1))
                return example(schemas[schema["$ref"_L1].toString().section(u'/', -1)].toObject());
            if (schema.contains("example"_L1))
                return schema["example"_L1];
            if (schema.contains("enum"_L1))
                return schema["enum"_L1].toArray().first();
            const QString type = schema["type"_L1].toString();
            if (type == "object"_L1) {
                QJsonObject o;
                const QJsonObject properties = schema["properties"_L1].toObject();
                for (auto it = properties.begin(); it != properties.end(); ++it)
                    o.insert(it.key(), example(it.value().toObject()));
                return o;
            }
            if (type == "array"_L1)
                return QJsonArray{example(schema["items"_L1].toObject())};
            if (type == "number"_L1)
                return 0;
            return u"string"_s;
        };
        const QJsonObject message = example(schemas["GetMessageResponseDto"_L1].toObject()).toObject();
        QCOMPARE(message["messageType"_L1].toString(), u"SMS"_s);
        QCOMPARE(message["meta"_L1].toObject()["callDuration"_L1].toInt(), 120);

        const QList<Finding> findings = validate(bytes(message));
        // QJsonDocument sorts keys, so the order of findings follows the schema table, not the body.
        // The short "SMS" and the number where the schema says string are what the live API and the
        // webhooks send too: known differences, each with its source. type 1 against SMS stays a warning.
        QCOMPARE(summary(findings),
                 (QStringList{u"known-difference short-message-type $.messageType"_s,
                              u"known-difference live-number-as-documented-string $.meta.callDuration"_s,
                              u"warning type-mismatch $.type"_s}));
        QVERIFY(findings[0].message.contains(u"TYPE_SMS"_s));
        QVERIFY(!findings[0].source.isEmpty());
        QVERIFY2(findings[1].message.contains(u"documented as a string"_s), qPrintable(findings[1].message));
        QVERIFY(findings[1].source.contains(u"apps/conversations.json"_s));
        QCOMPARE(
            findings[2].message,
            u"type 1 means TYPE_CALL (documented), but messageType says SMS; messageType is taken as the "
            u"authority."_s);
    }

    // A body shaped like the example on the reference page (written here; the page is not ours to copy):
    // the short messageType, type 1 and callDuration as a number. Offsets point into the body.
    void referencePageShapedExample()
    {
        QFile file(TestSupport::sourcePath(u"tests/message/data/page-shaped-example.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const Json::Document doc = Json::Document::parse(json);
        QVERIFY2(doc.isValid(), qPrintable(doc.error().toString()));
        const QList<Finding> findings = MessageValidator::validate(doc);
        QCOMPARE(summary(findings), (QStringList{u"known-difference short-message-type $.messageType"_s,
                                                 u"known-difference live-number-as-documented-string "
                                                 u"$.meta.callDuration"_s,
                                                 u"warning type-mismatch $.type"_s}));
        for (const Finding &f : findings)
            QVERIFY(f.offset > 0 && f.offset < json.size());
    }

    void everyEnumValueIsAccepted()
    {
        const QList<std::pair<QString, const QStringList *>> enums{
            {u"status"_s, &MessageSchema::statuses()},
            {u"direction"_s, &MessageSchema::directions()},
            {u"source"_s, &MessageSchema::sources()},
            {u"messageType"_s, &MessageSchema::messageTypes()}};
        for (const auto &[name, values] : enums) {
            for (const QString &value : *values) {
                QJsonObject m = validMessage();
                m[name] = value;
                if (name == "messageType"_L1)
                    m.remove(u"type"_s); // keep this about the name, not about its number
                const QStringList found = summary(validate(bytes(m)));
                QVERIFY2(found == QStringList{u"error missing-required-field $.type"_s} || found.isEmpty(),
                         qPrintable(name + u'=' + value + u": "_s + found.join(u", "_s)));
            }
        }
        for (const QString &value : MessageSchema::callStatuses()) {
            QJsonObject m = validMessage();
            m[u"meta"_s] = QJsonObject{{u"callStatus"_s, value}};
            QCOMPARE(summary(validate(bytes(m))), QStringList());
        }
    }

    void valuesOutsideTheEnumsAreWarningsNotErrors()
    {
        QJsonObject m = validMessage();
        m[u"status"_s] = u"bounced"_s;
        m[u"direction"_s] = u"sideways"_s;
        m[u"source"_s] = u"fax"_s;
        m[u"messageType"_s] = u"TYPE_PIGEON"_s;
        m[u"meta"_s] = QJsonObject{{u"callStatus"_s, u"hung-up"_s}};
        const QList<Finding> findings = validate(bytes(m));
        QCOMPARE(summary(findings), (QStringList{u"warning unknown-enum-value $.messageType"_s,
                                                 u"warning unknown-enum-value $.direction"_s,
                                                 u"warning unknown-enum-value $.status"_s,
                                                 u"warning unknown-enum-value $.source"_s,
                                                 u"warning unknown-enum-value $.meta.callStatus"_s}));
        QCOMPARE(findings[2].message, u"\"bounced\" is not one of the documented values for this field."_s);
    }

    void missingRequiredFieldsAreErrors()
    {
        QJsonObject m = validMessage();
        for (const char *name : {"id", "direction", "contentType", "dateAdded"})
            m.remove(QLatin1String(name));
        m.remove(u"body"_s); // optional: no finding
        const QList<Finding> findings = validate(bytes(m));
        QCOMPARE(summary(findings), (QStringList{u"error missing-required-field $.id"_s,
                                                 u"error missing-required-field $.dateAdded"_s,
                                                 u"error missing-required-field $.direction"_s,
                                                 u"error missing-required-field $.contentType"_s}));
        QCOMPARE(findings[0].message, u"The required field \"id\" is missing."_s);
    }

    void wrongTypesAreReported()
    {
        QJsonObject m = validMessage();
        m[u"type"_s] = u"2"_s;
        m[u"body"_s] = QJsonValue::Null;
        m[u"attachments"_s] = QJsonArray{u"https://a"_s, 5, true};
        m[u"meta"_s] = QJsonObject{{u"callDuration"_s, 61}, {u"email"_s, QJsonObject{{u"messageIds"_s, 7}}}};
        QCOMPARE(summary(validate(bytes(m))),
                 (QStringList{u"warning wrong-type $.type"_s, u"warning wrong-type $.body"_s,
                              u"warning wrong-type $.attachments[1]"_s,
                              u"known-difference live-number-as-documented-string $.meta.callDuration"_s,
                              u"warning wrong-type $.meta.email.messageIds"_s}));
        m[u"meta"_s] = u"none"_s;
        QCOMPARE(summary(validate(bytes(m))).last(), u"warning wrong-type $.meta"_s);
    }

    void datesMustBeIso8601()
    {
        for (const QString &bad :
             {u"27/03/2024"_s, u"2024-03-27"_s, u"yesterday"_s, u"2024-13-45T99:00:00Z"_s}) {
            QJsonObject m = validMessage();
            m[u"dateAdded"_s] = bad;
            QCOMPARE(summary(validate(bytes(m))), QStringList{u"warning invalid-date $.dateAdded"_s});
        }
        QJsonObject m = validMessage();
        m[u"dateAdded"_s] = u"2024-03-27T19:13:49+01:00"_s;
        QCOMPARE(summary(validate(bytes(m))), QStringList());
    }

    void typeNumberAndMessageType()
    {
        QJsonObject m = validMessage();
        m[u"type"_s] = 1;
        QCOMPARE(summary(validate(bytes(m))), QStringList{u"warning type-mismatch $.type"_s});
        m[u"type"_s] = 99;
        const QList<Finding> unknown = validate(bytes(m));
        QCOMPARE(summary(unknown), QStringList{u"info unknown-type-number $.type"_s});
        m[u"type"_s] = 3;
        m[u"messageType"_s] = u"TYPE_RCS"_s; // no known number: nothing to compare
        QCOMPARE(summary(validate(bytes(m))), QStringList());
    }

    void jsonIssuesBecomeFindings()
    {
        QByteArray json = bytes(validMessage());
        json.insert(1, "\"extra\":1,\"body\":\"\xFF\",\"id\":\"x\\ud800\",");
        const QList<Finding> findings = validate("\xEF\xBB\xBF" + json);
        QCOMPARE(summary(findings),
                 (QStringList{u"info byte-order-mark $"_s, u"warning invalid-utf8 $.body"_s,
                              u"warning lone-surrogate $.id"_s,
                              u"warning duplicate-key $.body"_s, // keys sorted by QJsonDocument
                              u"warning duplicate-key $.id"_s, u"info unknown-field $.extra"_s}));
    }

    void unknownTopLevelFieldsAreInformational()
    {
        QJsonObject m = validMessage();
        m[u"surprise"_s] = QJsonObject{{u"nested"_s, 1}};
        m[u"odd key"_s] = 1;
        QCOMPARE(summary(validate(bytes(m))),
                 (QStringList{u"info unknown-field $['odd key']"_s, u"info unknown-field $.surprise"_s}));
    }

    void notAMessage_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QByteArray() << QStringList{u"error parse-error $"_s};
        QTest::newRow("truncated") << QByteArray("{\"id\":") << QStringList{u"error parse-error $"_s};
        QTest::newRow("NaN") << QByteArray("{\"type\":NaN}") << QStringList{u"error parse-error $"_s};
        QTest::newRow("deep") << QByteArray(10000, '[') << QStringList{u"error parse-error $"_s};
        QTest::newRow("null") << QByteArray("null") << QStringList{u"error not-an-object $"_s};
        QTest::newRow("array") << QByteArray("[{}]") << QStringList{u"error not-an-object $"_s};
        QTest::newRow("string") << QByteArray("\"x\"") << QStringList{u"error not-an-object $"_s};
        QTest::newRow("empty object") << QByteArray("{}") << QStringList{u"error not-a-message $"_s};
        QTest::newRow("object of something else")
            << QByteArray(R"({"name":"x","items":[1]})") << QStringList{u"error not-a-message $"_s};
        QTest::newRow("error answer") << QByteArray(R"({"statusCode":401,"message":"Invalid JWT"})")
                                      << QStringList{u"info error-body $"_s};
    }

    void notAMessage()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QCOMPARE(summary(validate(json)), expected);
    }

    void parseErrorFindingCarriesThePosition()
    {
        const QList<Finding> findings = validate("{\n  \"id\": tru\n}");
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].offset, 10);
        QCOMPARE(
            findings[0].message,
            u"The body is not valid JSON: Line 2, column 9 (byte 10): Unexpected 't' where a value was expected."_s);
    }

    void hugeEmailThreadIsCheckedInOnePass()
    {
        QByteArray json = bytes(validMessage());
        json.chop(1);
        json += ",\"extra\":{\"email\":1}}";
        QByteArray ids = "[";
        for (int i = 0; i < 200000; ++i)
            ids += (i ? ",\"" : "\"") + QByteArray::number(i) + "\"";
        ids += ",null]";
        json.replace("\"meta\":{", QByteArray("\"meta\":{\"email\":{\"messageIds\":" + ids + "},"));
        const QList<Finding> findings = validate(json);
        QCOMPARE(summary(findings), (QStringList{u"warning wrong-type $.meta.email.messageIds[200000]"_s,
                                                 u"info unknown-field $.extra"_s}));
    }
};

QTEST_GUILESS_MAIN(TestMessageValidator)
#include "tst_messagevalidator.moc"
