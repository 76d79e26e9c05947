#include "message/messageschema.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MessageSchema;

// Checks the tables in messageschema.cpp against the official OpenAPI file and the reference page, so a new
// spec version is one file to replace and this test says what changed.
class TestMessageSchema : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_schemas;
    QJsonObject m_page; // tests/message/data/reference-page-facts.json

    static QStringList toStrings(const QJsonValue &array)
    {
        QStringList list;
        for (const QJsonValue &v : array.toArray())
            list << v.toString();
        return list;
    }

    static QString openApiType(const QJsonObject &property)
    {
        const QString type = property.value("type"_L1).toString();
        if (type == "array"_L1 &&
            property.value("items"_L1).toObject().value("type"_L1).toString() == "string"_L1)
            return u"string[]"_s;
        if (property.contains("$ref"_L1))
            return u"object"_s;
        return type;
    }

    static QString ourType(ValueType type)
    {
        switch (type) {
        case ValueType::String:
            return u"string"_s;
        case ValueType::Number:
            return u"number"_s;
        case ValueType::Object:
            return u"object"_s;
        case ValueType::StringArray:
            return u"string[]"_s;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QFile spec(TestSupport::sourcePath(u"tests/data/highlevel-openapi/apps/conversations.json"_s));
        QVERIFY2(spec.open(QIODevice::ReadOnly), qPrintable(spec.fileName()));
        m_schemas = QJsonDocument::fromJson(spec.readAll())
                        .object()
                        .value("components"_L1)
                        .toObject()
                        .value("schemas"_L1)
                        .toObject();
        QVERIFY(m_schemas.contains("GetMessageResponseDto"_L1));
        // The documentation page is not ours to copy: the facts the tables rest on are written down here.
        QFile page(TestSupport::sourcePath(u"tests/message/data/reference-page-facts.json"_s));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        m_page = QJsonDocument::fromJson(page.readAll()).object();
        QVERIFY(!m_page.isEmpty());
    }

    void topLevelFieldsMatchTheOpenApiFile()
    {
        const QJsonObject dto = m_schemas.value("GetMessageResponseDto"_L1).toObject();
        const QJsonObject properties = dto.value("properties"_L1).toObject();
        const QStringList required = toStrings(dto.value("required"_L1));
        QStringList fromSpec;
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const QString path = u"$."_s + it.key();
            fromSpec << path;
            const FieldSpec *spec = field(path);
            QVERIFY2(spec, qPrintable(u"missing from the table: "_s + path));
            QVERIFY(spec->inOpenApi);
            QCOMPARE(ourType(spec->type), openApiType(it.value().toObject()));
            QCOMPARE(spec->required, required.contains(it.key()));
        }
        // Fields the table has beyond the OpenAPI file come from the reference page and are marked so.
        for (const FieldSpec &spec : fields()) {
            if (spec.path.count(u'.') == 1 && !fromSpec.contains(spec.path)) {
                QVERIFY2(!spec.inOpenApi, qPrintable(spec.path));
                QVERIFY2(toStrings(m_page.value("topLevelFieldsOnlyOnThePage"_L1)).contains(spec.path.mid(2)),
                         qPrintable(spec.path));
            }
        }
    }

    void metaFieldsMatchTheOpenApiFile()
    {
        const QJsonObject properties =
            m_schemas.value("MessageMeta"_L1).toObject().value("properties"_L1).toObject();
        QVERIFY(!properties.isEmpty());
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            const FieldSpec *spec = field(QString(u"$.meta."_s + it.key()));
            QVERIFY2(spec, qPrintable(it.key()));
            QVERIFY(spec->inOpenApi);
            QCOMPARE(ourType(spec->type), openApiType(it.value().toObject()));
        }
        QCOMPARE(callStatuses(), toStrings(properties.value("callStatus"_L1).toObject().value("enum"_L1)));
    }

    void enumsMatchTheOpenApiFile()
    {
        const QJsonObject properties =
            m_schemas.value("GetMessageResponseDto"_L1).toObject().value("properties"_L1).toObject();
        auto specEnum = [&](const char *name) {
            return toStrings(properties.value(QLatin1String(name)).toObject().value("enum"_L1));
        };
        QCOMPARE(messageTypes(), specEnum("messageType"));
        QCOMPARE(statuses(), specEnum("status"));
        QCOMPARE(directions(), specEnum("direction"));
        QCOMPARE(sources(), specEnum("source"));
        QVERIFY(messageTypes().contains(u"TYPE_RCS"_s));
        QVERIFY(statuses().contains(u"queued"_s));
    }

    void typeNumbersFollowTheReferencePage()
    {
        // The page's messageType list, in the page's order.
        const QStringList pageOrder = toStrings(m_page.value("messageTypeOrder"_L1));
        QCOMPARE(pageOrder.size(), 36);
        QCOMPARE(referencePageMessageTypeOrder(), pageOrder);

        QCOMPARE(typeNumbers().size(), pageOrder.size());
        for (const TypeNumber &t : typeNumbers()) {
            QCOMPARE(t.messageType, pageOrder.at(t.number - 1));
            QVERIFY(messageTypes().contains(t.messageType)); // every numbered name is still in the spec
        }
        // The documented points, and that they agree with the inferred order.
        const QList<std::pair<int, QString>> documented{{1, u"TYPE_CALL"_s},
                                                        {3, u"TYPE_EMAIL"_s},
                                                        {10, u"TYPE_CAMPAIGN_VOICEMAIL"_s},
                                                        {11, u"TYPE_FACEBOOK"_s},
                                                        {18, u"TYPE_INSTAGRAM"_s}};
        for (const auto &[number, typeName] : documented) {
            const auto t = typeForNumber(number);
            QVERIFY(t);
            QCOMPARE(t->messageType, typeName);
            QVERIFY(t->documented);
        }
        QCOMPARE(
            std::count_if(typeNumbers().begin(), typeNumbers().end(), [](auto &t) { return t.documented; }),
            5);
        QVERIFY(!typeForNumber(2)->documented);
        QCOMPARE(typeForNumber(2)->messageType, u"TYPE_SMS"_s);
        QVERIFY(!typeForNumber(0));
        QVERIFY(!typeForNumber(37));
        QVERIFY(!typeForMessageType(u"TYPE_RCS")); // newer names have no number
        QCOMPARE(typeForMessageType(u"TYPE_EMAIL")->number, 3);
    }

    void badges_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<BadgeMeaning>("meaning");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("known");
        for (const char *v : {"delivered", "read", "opened", "clicked", "connected", "sent"})
            QTest::addRow("status %s", v)
                << u"$.status"_s << QString::fromLatin1(v) << BadgeMeaning::Good << QString() << true;
        for (const char *v : {"pending", "queued", "scheduled"})
            QTest::addRow("status %s", v)
                << u"$.status"_s << QString::fromLatin1(v) << BadgeMeaning::Waiting << QString() << true;
        for (const char *v : {"failed", "undelivered"})
            QTest::addRow("status %s", v)
                << u"$.status"_s << QString::fromLatin1(v) << BadgeMeaning::Bad << QString() << true;
        QTest::newRow("opt_out") << u"$.status"_s << u"opt_out"_s << BadgeMeaning::OptedOut << u"Opted out"_s
                                 << true;
        QTest::newRow("inbound") << u"$.direction"_s << u"inbound"_s << BadgeMeaning::Inbound << u"Inbound"_s
                                 << true;
        QTest::newRow("outbound") << u"$.direction"_s << u"outbound"_s << BadgeMeaning::Outbound
                                  << u"Outbound"_s << true;
        for (const char *v : {"completed", "answered"})
            QTest::addRow("call %s", v) << u"$.meta.callStatus"_s << QString::fromLatin1(v)
                                        << BadgeMeaning::Good << QString() << true;
        for (const char *v : {"busy", "no-answer", "failed", "canceled"})
            QTest::addRow("call %s", v)
                << u"$.meta.callStatus"_s << QString::fromLatin1(v) << BadgeMeaning::Bad << QString() << true;
        QTest::newRow("no-answer label")
            << u"$.meta.callStatus"_s << u"no-answer"_s << BadgeMeaning::Bad << u"No answer"_s << true;
        QTest::newRow("call pending")
            << u"$.meta.callStatus"_s << u"pending"_s << BadgeMeaning::Waiting << QString() << true;
        QTest::newRow("voicemail") << u"$.meta.callStatus"_s << u"voicemail"_s << BadgeMeaning::Neutral
                                   << u"Voicemail"_s << true;
        QTest::newRow("source") << u"$.source"_s << u"bulk_actions"_s << BadgeMeaning::Neutral
                                << u"Bulk actions"_s << true;
        QTest::newRow("source api") << u"$.source"_s << u"api"_s << BadgeMeaning::Neutral << u"API"_s << true;
        QTest::newRow("message type") << u"$.messageType"_s << u"TYPE_CAMPAIGN_SMS"_s << BadgeMeaning::Neutral
                                      << u"Campaign SMS"_s << true;
        QTest::newRow("unknown status")
            << u"$.status"_s << u"bounced"_s << BadgeMeaning::Unknown << u"Bounced"_s << false;
        QTest::newRow("unknown direction")
            << u"$.direction"_s << u"sideways"_s << BadgeMeaning::Unknown << u"Sideways"_s << false;
        // Not in the enum, but what the live API and webhooks send for TYPE_SMS (LiveApi table).
        QTest::newRow("SMS, the live short name of TYPE_SMS")
            << u"$.messageType"_s << u"SMS"_s << BadgeMeaning::Neutral << u"SMS"_s << true;
        QTest::newRow("status completed, sent live for calls")
            << u"$.status"_s << u"completed"_s << BadgeMeaning::Good << u"Completed"_s << true;
        QTest::newRow("status voicemail, sent live for calls")
            << u"$.status"_s << u"voicemail"_s << BadgeMeaning::Neutral << u"Voicemail"_s << true;
        QTest::newRow("case matters")
            << u"$.status"_s << u"Delivered"_s << BadgeMeaning::Unknown << u"Delivered"_s << false;
        QTest::newRow("not a badge field")
            << u"$.body"_s << u"delivered"_s << BadgeMeaning::None << QString() << true;
    }

    void badges()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(BadgeMeaning, meaning);
        QFETCH(QString, label);
        QFETCH(bool, known);
        const Badge badge = badgeFor(path, value);
        QCOMPARE(badge.meaning, meaning);
        QCOMPARE(badge.known, known);
        if (!label.isEmpty())
            QCOMPARE(badge.label, label);
        if (meaning != BadgeMeaning::None) {
            QCOMPARE(badge.rawValue, value);
            QVERIFY(!badge.label.isEmpty());
        }
    }

    void everyEnumValueHasAKnownBadge()
    {
        for (const QString &path :
             {u"$.status"_s, u"$.direction"_s, u"$.source"_s, u"$.meta.callStatus"_s, u"$.messageType"_s}) {
            for (const QString &value : *enumFor(path)) {
                const Badge badge = badgeFor(path, value);
                QVERIFY2(badge.known && badge.meaning != BadgeMeaning::Unknown &&
                             badge.meaning != BadgeMeaning::None,
                         qPrintable(path + u' ' + value));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMessageSchema)
#include "tst_messageschema.moc"
