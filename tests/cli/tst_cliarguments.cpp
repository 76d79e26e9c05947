// The CLI's pure logic: argument parsing, the exit-code table, colour decisions and the JSON writer.
#include "cliarguments.h"
#include "exitcode.h"
#include "jsonwriter.h"
#include "terminalstyle.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Kind = CliCommand::Kind;

class TestCliArguments : public QObject
{
    Q_OBJECT

private slots:
    void getWithEveryOption()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("get"), QStringLiteral("abc"), QStringLiteral("--profile"),
             QStringLiteral("Acme"), QStringLiteral("--base-url=http://127.0.0.1:1"),
             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timeout"),
             QStringLiteral("2.5"), QStringLiteral("--no-retry")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Get);
        QCOMPARE(r.command.messageId, QStringLiteral("abc"));
        QCOMPARE(r.command.profile, QStringLiteral("Acme"));
        QCOMPARE(r.command.baseUrl, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(r.command.format, OutputFormat::Json);
        QCOMPARE(r.command.timeoutMs, 2500);
        QVERIFY(r.command.noRetry);
        QVERIFY(r.command.looksUp());
    }

    void getTakesSeveralIdsOrDash()
    {
        const CliParseResult many =
            CliArguments::parse({QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--format=json"),
                                 QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(many.ok(), qPrintable(many.error));
        QCOMPARE(many.command.messageIds,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(many.command.getsMany());
        QVERIFY(!many.command.readsIdsFromStdin());
        const CliParseResult dash = CliArguments::parse({QStringLiteral("get"), QStringLiteral("-")});
        QVERIFY2(dash.ok(), qPrintable(dash.error));
        QVERIFY(dash.command.readsIdsFromStdin());
        QVERIFY(dash.command.getsMany());
        const CliParseResult one = CliArguments::parse({QStringLiteral("get"), QStringLiteral("a")});
        QVERIFY(!one.command.getsMany());
    }

    void optionsBeforeTheCommand()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("--format=raw"), QStringLiteral("open"), QStringLiteral("-")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Open);
        QCOMPARE(r.command.file, QStringLiteral("-"));
        QCOMPARE(r.command.format, OutputFormat::Raw);
    }

    void doubleDashEndsOptions()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("open"), QStringLiteral("--"), QStringLiteral("--weird-name.json")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.file, QStringLiteral("--weird-name.json"));
    }

    void subcommands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("token set") << QStringList{QStringLiteral("token"), QStringLiteral("set")}
                                   << Kind::TokenSet;
        QTest::newRow("watch") << QStringList{QStringLiteral("watch"), QStringLiteral("a")} << Kind::Watch;
        QTest::newRow("history") << QStringList{QStringLiteral("history")} << Kind::History;
        QTest::newRow("diff") << QStringList{QStringLiteral("diff"), QStringLiteral("a"), QStringLiteral("b")}
                              << Kind::Diff;
        QTest::newRow("batch") << QStringList{QStringLiteral("batch")} << Kind::Batch;
        QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("a")} << Kind::Report;
        QTest::newRow("related") << QStringList{QStringLiteral("related"), QStringLiteral("a")}
                                 << Kind::Related;
        QTest::newRow("recording") << QStringList{QStringLiteral("recording"), QStringLiteral("a"),
                                                  QStringLiteral("-o"), QStringLiteral("x.wav")}
                                   << Kind::Recording;
        QTest::newRow("why") << QStringList{QStringLiteral("why"), QStringLiteral("a")} << Kind::Why;
        QTest::newRow("token status")
            << QStringList{QStringLiteral("token"), QStringLiteral("status")} << Kind::TokenStatus;
        QTest::newRow("token forget") << QStringList{QStringLiteral("token"), QStringLiteral("forget"),
                                                     QStringLiteral("--profile"), QStringLiteral("x")}
                                      << Kind::TokenForget;
        QTest::newRow("profile list")
            << QStringList{QStringLiteral("profile"), QStringLiteral("list")} << Kind::ProfileList;
        QTest::newRow("profile add") << QStringList{QStringLiteral("profile"), QStringLiteral("add"),
                                                    QStringLiteral("Acme"), QStringLiteral("--note"),
                                                    QStringLiteral("dental")}
                                     << Kind::ProfileAdd;
        QTest::newRow("profile remove")
            << QStringList{QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Acme")}
            << Kind::ProfileRemove;
        QTest::newRow("profile set-default")
            << QStringList{QStringLiteral("profile"), QStringLiteral("set-default"), QStringLiteral("Acme")}
            << Kind::ProfileSetDefault;
        QTest::newRow("profile rename") << QStringList{QStringLiteral("profile"), QStringLiteral("rename"),
                                                       QStringLiteral("Old"), QStringLiteral("New")}
                                        << Kind::ProfileRename;
        QTest::newRow("check id") << QStringList{QStringLiteral("check"), QStringLiteral("abc")}
                                  << Kind::Check;
        QTest::newRow("check file") << QStringList{QStringLiteral("check"), QStringLiteral("--file"),
                                                   QStringLiteral("m.json")}
                                    << Kind::Check;
        QTest::newRow("no arguments") << QStringList{} << Kind::Help;
        QTest::newRow("help get") << QStringList{QStringLiteral("help"), QStringLiteral("get")} << Kind::Help;
        QTest::newRow("get --help") << QStringList{QStringLiteral("get"), QStringLiteral("--help")}
                                    << Kind::Help;
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << Kind::Version;
        QTest::newRow("-V") << QStringList{QStringLiteral("-V")} << Kind::Version;
    }

    void subcommands()
    {
        QFETCH(QStringList, args);
        QFETCH(Kind, kind);
        const CliParseResult r = CliArguments::parse(args);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, kind);
    }

    void watchOptions()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("watch"), QStringLiteral("ve9EPM428h8vShlRW1KT"), QStringLiteral("--interval"),
             QStringLiteral("0.5"), QStringLiteral("--until=Delivered"), QStringLiteral("--timeout"),
             QStringLiteral("7200"), QStringLiteral("--format"), QStringLiteral("JSON"),
             QStringLiteral("--profile"), QStringLiteral("Acme")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Watch);
        QCOMPARE(r.command.messageId, QStringLiteral("ve9EPM428h8vShlRW1KT"));
        QCOMPARE(r.command.intervalMs, std::optional<qint64>(500));
        QCOMPARE(r.command.untilStatus, QStringLiteral("delivered"));
        // A watch may last longer than one lookup's --timeout bound (an hour), up to a day.
        QCOMPARE(r.command.timeoutMs, std::optional<int>(7200 * 1000));
        QCOMPARE(r.command.formatName, QStringLiteral("json"));
        QVERIFY(!r.command.format);
        QCOMPARE(r.command.profile, QStringLiteral("Acme"));
        const CliParseResult final =
            CliArguments::parse({QStringLiteral("watch"), QStringLiteral("a"), QStringLiteral("--until"),
                                 QStringLiteral("final")});
        QVERIFY2(final.ok(), qPrintable(final.error));
        QCOMPARE(final.command.untilStatus, QString());
        QCOMPARE(final.command.formatName, QString()); // the command's default: text
    }

    void historyOptions()
    {
        const CliParseResult r =
            CliArguments::parse({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("5"),
                                 QStringLiteral("--search"), QStringLiteral(" not_found "),
                                 QStringLiteral("--format=table"), QStringLiteral("--profile=Acme")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::History);
        QCOMPARE(r.command.limit, std::optional<int>(5));
        QCOMPARE(r.command.search, QStringLiteral("not_found"));
        QCOMPARE(r.command.formatName, QStringLiteral("table"));
        QCOMPARE(r.command.profile, QStringLiteral("Acme"));
    }

    void diffTakesTwoOperands()
    {
        const CliParseResult r = CliArguments::parse({QStringLiteral("diff"), QStringLiteral("@history:12"),
                                                      QStringLiteral("b.json"), QStringLiteral("--format"),
                                                      QStringLiteral("json"), QStringLiteral("--no-retry")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Diff);
        QCOMPARE(r.command.operands, (QStringList{QStringLiteral("@history:12"), QStringLiteral("b.json")}));
        QCOMPARE(r.command.formatName, QStringLiteral("json"));
        QVERIFY(r.command.noRetry);
    }

    void batchOptions()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("batch"), QStringLiteral("ids.csv"), QStringLiteral("--column"),
             QStringLiteral("Message ID"), QStringLiteral("--format=csv"), QStringLiteral("--max-rate"),
             QStringLiteral("20/10s")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Batch);
        QCOMPARE(r.command.file, QStringLiteral("ids.csv"));
        QCOMPARE(r.command.column, QStringLiteral("Message ID"));
        QCOMPARE(r.command.formatName, QStringLiteral("csv"));
        QCOMPARE(r.command.maxRateCount, std::optional<int>(20));
        QCOMPARE(r.command.maxRateWindowMs, qint64(10000));
        // No file: standard input. Other windows, and a bare count per 10 s.
        const CliParseResult stdinRun =
            CliArguments::parse({QStringLiteral("batch"), QStringLiteral("--max-rate=5/1s")});
        QVERIFY2(stdinRun.ok(), qPrintable(stdinRun.error));
        QCOMPARE(stdinRun.command.file, QStringLiteral("-"));
        QCOMPARE(stdinRun.command.maxRateCount, std::optional<int>(5));
        QCOMPARE(stdinRun.command.maxRateWindowMs, qint64(1000));
        const CliParseResult bare = CliArguments::parse(
            {QStringLiteral("batch"), QStringLiteral("-"), QStringLiteral("--max-rate=30")});
        QVERIFY2(bare.ok(), qPrintable(bare.error));
        QCOMPARE(bare.command.maxRateCount, std::optional<int>(30));
        QCOMPARE(bare.command.maxRateWindowMs, qint64(10000));
    }

    void reportUnmask()
    {
        const CliParseResult r = CliArguments::parse(
            {QStringLiteral("report"), QStringLiteral("a"), QStringLiteral("--unmask"),
             QStringLiteral("phone, names,Text"), QStringLiteral("--format"), QStringLiteral("markdown")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.kind, Kind::Report);
        QCOMPARE(r.command.unmask,
                 (QStringList{QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("text")}));
        QCOMPARE(r.command.formatName, QStringLiteral("md"));
        const CliParseResult all = CliArguments::parse(
            {QStringLiteral("report"), QStringLiteral("a"), QStringLiteral("--unmask=all")});
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.command.unmask.size(), 4);
    }

    void relatedRecordingWhyOptions()
    {
        const CliParseResult related = CliArguments::parse(
            {QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--what"),
             QStringLiteral("contact, Transcript,email,contact,messages"), QStringLiteral("--format=JSON")});
        QVERIFY2(related.ok(), qPrintable(related.error));
        QCOMPARE(related.command.messageId, QStringLiteral("a"));
        QCOMPARE(related.command.what,
                 (QStringList{QStringLiteral("contact"), QStringLiteral("transcript"),
                              QStringLiteral("thread"), QStringLiteral("conversation")}));
        QCOMPARE(related.command.formatName, QStringLiteral("json"));
        const CliParseResult all = CliArguments::parse(
            {QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--what=contact,all")});
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.command.what, QStringList{QStringLiteral("all")});
        QVERIFY(CliArguments::parse({QStringLiteral("related"), QStringLiteral("a")}).command.what.isEmpty());

        const CliParseResult recording =
            CliArguments::parse({QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                                 QStringLiteral("-"), QStringLiteral("--force"), QStringLiteral("--max-size"),
                                 QStringLiteral("10K"), QStringLiteral("--timeout=900")});
        QVERIFY2(recording.ok(), qPrintable(recording.error));
        QCOMPARE(recording.command.outputFile, QStringLiteral("-"));
        QVERIFY(recording.command.force);
        QCOMPARE(recording.command.maxBytes, std::optional<qint64>(10 * 1024));
        QCOMPARE(recording.command.timeoutMs, std::optional<int>(900'000));
        const CliParseResult long_ =
            CliArguments::parse({QStringLiteral("recording"), QStringLiteral("a"),
                                 QStringLiteral("--output=call.wav"), QStringLiteral("--max-size=2M")});
        QVERIFY2(long_.ok(), qPrintable(long_.error));
        QCOMPARE(long_.command.outputFile, QStringLiteral("call.wav"));
        QVERIFY(!long_.command.force);
        QCOMPARE(long_.command.maxBytes, std::optional<qint64>(2 * 1024 * 1024));
        QCOMPARE(CliArguments::parse({QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                                      QStringLiteral("x"), QStringLiteral("--max-size=1G")})
                     .command.maxBytes,
                 std::optional<qint64>(CliArguments::maxRecordingBytes));

        const CliParseResult why =
            CliArguments::parse({QStringLiteral("why"), QStringLiteral("a"), QStringLiteral("--contact"),
                                 QStringLiteral("--format=text")});
        QVERIFY2(why.ok(), qPrintable(why.error));
        QVERIFY(why.command.withContact);
        QCOMPARE(why.command.formatName, QStringLiteral("text"));
    }

    void helpTopicIsTheCommand()
    {
        QCOMPARE(CliArguments::parse({QStringLiteral("get"), QStringLiteral("-h")}).command.helpTopic,
                 QStringLiteral("get"));
        QCOMPARE(CliArguments::parse({QStringLiteral("help"), QStringLiteral("token")}).command.helpTopic,
                 QStringLiteral("token"));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("get without id")
            << QStringList{QStringLiteral("get")} << QStringLiteral("needs a message id");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("fetch")} << QStringLiteral("Unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--colour")}
            << QStringLiteral("Unknown option");
        QTest::newRow("unknown short option")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("-x")}
            << QStringLiteral("Unknown option");
        QTest::newRow("format unknown")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--format=xml")}
            << QStringLiteral("Unknown format");
        QTest::newRow("format missing value")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--format")}
            << QStringLiteral("needs a value");
        QTest::newRow("flag with value")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--no-retry=yes")}
            << QStringLiteral("takes no value");
        QTest::newRow("timeout zero") << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                                                     QStringLiteral("--timeout"), QStringLiteral("0")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("timeout text") << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                                                     QStringLiteral("--timeout"), QStringLiteral("soon")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("timeout nan") << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                                                    QStringLiteral("--timeout"), QStringLiteral("nan")}
                                     << QStringLiteral("--timeout");
        QTest::newRow("timeout huge") << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                                                     QStringLiteral("--timeout"), QStringLiteral("3601")}
                                      << QStringLiteral("--timeout");
        QTest::newRow("option twice")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--format=raw"),
                           QStringLiteral("--format=json")}
            << QStringLiteral("twice");
        QTest::newRow("option not for command")
            << QStringList{QStringLiteral("open"), QStringLiteral("f"), QStringLiteral("--strict")}
            << QStringLiteral("does not apply");
        QTest::newRow("lookup option without --lookup")
            << QStringList{QStringLiteral("open"), QStringLiteral("f"), QStringLiteral("--no-retry")}
            << QStringLiteral("without --lookup");
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}
            << QStringLiteral("Unexpected argument");
        QTest::newRow("dash among ids")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("-")}
            << QStringLiteral("“-” alone");
        QTest::newRow("check nothing")
            << QStringList{QStringLiteral("check")} << QStringLiteral("needs a message id");
        QTest::newRow("check both") << QStringList{QStringLiteral("check"), QStringLiteral("a"),
                                                   QStringLiteral("--file"), QStringLiteral("f")}
                                    << QStringLiteral("not both");
        QTest::newRow("check file with lookup option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--file"), QStringLiteral("f"),
                           QStringLiteral("--no-retry")}
            << QStringLiteral("only when checking a message id");
        QTest::newRow("token without action")
            << QStringList{QStringLiteral("token")} << QStringLiteral("action");
        QTest::newRow("profile rename without new name")
            << QStringList{QStringLiteral("profile"), QStringLiteral("rename"), QStringLiteral("Old")}
            << QStringLiteral("the new name");
        QTest::newRow("profile add without name")
            << QStringList{QStringLiteral("profile"), QStringLiteral("add")}
            << QStringLiteral("needs a profile name");
        QTest::newRow("allow-host given a URL")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--allow-host"),
                           QStringLiteral("https://api.example.com")}
            << QStringLiteral("takes a host name");
        QTest::newRow("allow-host with a port")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                           QStringLiteral("--allow-host=api.example.com:8443")}
            << QStringLiteral("takes a host name");
        QTest::newRow("allow-host for open")
            << QStringList{QStringLiteral("open"), QStringLiteral("f.json"), QStringLiteral("--allow-host"),
                           QStringLiteral("x.test")}
            << QStringLiteral("does not apply");
        QTest::newRow("watch without id")
            << QStringList{QStringLiteral("watch")} << QStringLiteral("needs a message id");
        QTest::newRow("watch format of get")
            << QStringList{QStringLiteral("watch"), QStringLiteral("a"), QStringLiteral("--format=raw")}
            << QStringLiteral("Use one of: text|json");
        QTest::newRow("watch interval too short")
            << QStringList{QStringLiteral("watch"), QStringLiteral("a"), QStringLiteral("--interval=0.01")}
            << QStringLiteral("--interval");
        QTest::newRow("watch timeout over a day")
            << QStringList{QStringLiteral("watch"), QStringLiteral("a"), QStringLiteral("--timeout=86401")}
            << QStringLiteral("a day");
        QTest::newRow("watch until nonsense")
            << QStringList{QStringLiteral("watch"), QStringLiteral("a"), QStringLiteral("--until=<b>")}
            << QStringLiteral("--until");
        QTest::newRow("interval for get")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--interval=2")}
            << QStringLiteral("does not apply");
        QTest::newRow("history limit zero")
            << QStringList{QStringLiteral("history"), QStringLiteral("--limit=0")}
            << QStringLiteral("--limit");
        QTest::newRow("history limit huge")
            << QStringList{QStringLiteral("history"), QStringLiteral("--limit=10001")}
            << QStringLiteral("--limit");
        QTest::newRow("history takes no id") << QStringList{QStringLiteral("history"), QStringLiteral("abc")}
                                             << QStringLiteral("Unexpected argument");
        QTest::newRow("history base-url")
            << QStringList{QStringLiteral("history"), QStringLiteral("--base-url=http://127.0.0.1:1")}
            << QStringLiteral("does not apply");
        QTest::newRow("diff one operand") << QStringList{QStringLiteral("diff"), QStringLiteral("a")}
                                          << QStringLiteral("compares two answers");
        QTest::newRow("diff three operands") << QStringList{QStringLiteral("diff"), QStringLiteral("a"),
                                                            QStringLiteral("b"), QStringLiteral("c")}
                                             << QStringLiteral("Unexpected argument");
        QTest::newRow("batch format json")
            << QStringList{QStringLiteral("batch"), QStringLiteral("--format=json")}
            << QStringLiteral("ndjson|csv|table");
        QTest::newRow("batch max-rate zero")
            << QStringList{QStringLiteral("batch"), QStringLiteral("--max-rate=0/10s")}
            << QStringLiteral("--max-rate");
        QTest::newRow("batch max-rate no unit")
            << QStringList{QStringLiteral("batch"), QStringLiteral("--max-rate=5/10")}
            << QStringLiteral("--max-rate");
        QTest::newRow("batch max-rate window under a second")
            << QStringList{QStringLiteral("batch"), QStringLiteral("--max-rate=5/0.5s")}
            << QStringLiteral("--max-rate");
        QTest::newRow("batch timeout") << QStringList{QStringLiteral("batch"), QStringLiteral("--timeout=5")}
                                       << QStringLiteral("does not apply");
        QTest::newRow("report unmask unknown") << QStringList{QStringLiteral("report"), QStringLiteral("a"),
                                                              QStringLiteral("--unmask=phone,ssn")}
                                               << QStringLiteral("--unmask");
        QTest::newRow("related without id")
            << QStringList{QStringLiteral("related")} << QStringLiteral("needs a message id");
        QTest::newRow("related what unknown") << QStringList{QStringLiteral("related"), QStringLiteral("a"),
                                                             QStringLiteral("--what=thread,calls")}
                                              << QStringLiteral("--what");
        QTest::newRow("related what empty")
            << QStringList{QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--what=,")}
            << QStringLiteral("--what");
        QTest::newRow("related format raw")
            << QStringList{QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--format=raw")}
            << QStringLiteral("text|json");
        QTest::newRow("related force")
            << QStringList{QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--force")}
            << QStringLiteral("does not apply");
        QTest::newRow("recording without -o") << QStringList{QStringLiteral("recording"), QStringLiteral("a")}
                                              << QStringLiteral("needs -o FILE");
        QTest::newRow("recording -o without file")
            << QStringList{QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o")}
            << QStringLiteral("-o needs a file name");
        QTest::newRow("recording format")
            << QStringList{QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--format=json")}
            << QStringLiteral("does not apply");
        QTest::newRow("recording max-size zero")
            << QStringList{QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--max-size=0")}
            << QStringLiteral("--max-size");
        QTest::newRow("recording max-size over 1G")
            << QStringList{QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--max-size=2G")}
            << QStringLiteral("--max-size");
        QTest::newRow("recording max-size text")
            << QStringList{QStringLiteral("recording"), QStringLiteral("a"), QStringLiteral("-o"),
                           QStringLiteral("x"), QStringLiteral("--max-size=big")}
            << QStringLiteral("--max-size");
        QTest::newRow("-o for get") << QStringList{QStringLiteral("get"), QStringLiteral("a"),
                                                   QStringLiteral("-o"), QStringLiteral("x")}
                                    << QStringLiteral("does not apply");
        QTest::newRow("why contact for related")
            << QStringList{QStringLiteral("related"), QStringLiteral("a"), QStringLiteral("--contact")}
            << QStringLiteral("does not apply");
        QTest::newRow("report format csv")
            << QStringList{QStringLiteral("report"), QStringLiteral("a"), QStringLiteral("--format=csv")}
            << QStringLiteral("md|html|json");
        QTest::newRow("allow-host with check --file")
            << QStringList{QStringLiteral("check"), QStringLiteral("--file"), QStringLiteral("f.json"),
                           QStringLiteral("--allow-host"), QStringLiteral("x.test")}
            << QStringLiteral("--allow-host");
    }

    void allowHost()
    {
        const CliParseResult r =
            CliArguments::parse({QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--base-url"),
                                 QStringLiteral("https://api.example.com"), QStringLiteral("--allow-host"),
                                 QStringLiteral(" api.example.com ")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.command.allowHost, std::optional<QString>(QStringLiteral("api.example.com")));
        const CliParseResult check = CliArguments::parse(
            {QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("--allow-host=api.example.com")});
        QVERIFY2(check.ok(), qPrintable(check.error));
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorPart);
        const CliParseResult r = CliArguments::parse(args);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    }

    // No option takes a token, and what looks like one is never repeated in the message.
    void aTokenIsNeverAcceptedNorEchoed_data()
    {
        const QString secret = QStringLiteral("pit-11111111-2222-3333-4444-555555555555");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--token value")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--token"), secret};
        QTest::newRow("--token=value")
            << QStringList{QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("--token=") + secret};
        QTest::newRow("token set argument")
            << QStringList{QStringLiteral("token"), QStringLiteral("set"), secret};
        QTest::newRow("token action") << QStringList{QStringLiteral("token"), secret};
    }

    void aTokenIsNeverAcceptedNorEchoed()
    {
        QFETCH(QStringList, args);
        const CliParseResult r = CliArguments::parse(args);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.contains(QStringLiteral("pit-1111")));
        QVERIFY2(r.error.contains(QStringLiteral("standard input")), qPrintable(r.error));
    }

    void exitCodes_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("none") << ErrorKind::None << 0;
        QTest::newRow("invalid input") << ErrorKind::InvalidInput << 2;
        QTest::newRow("400") << ErrorKind::BadRequest << 2;
        QTest::newRow("422") << ErrorKind::Unprocessable << 2;
        QTest::newRow("401") << ErrorKind::Unauthorized << 3;
        QTest::newRow("401 version") << ErrorKind::VersionHeaderMissing << 3;
        QTest::newRow("403") << ErrorKind::Forbidden << 3;
        QTest::newRow("404") << ErrorKind::NotFound << 4;
        QTest::newRow("429") << ErrorKind::RateLimited << 5;
        QTest::newRow("timeout") << ErrorKind::Timeout << 6;
        QTest::newRow("refused") << ErrorKind::ConnectionRefused << 6;
        QTest::newRow("dns") << ErrorKind::HostNotFound << 6;
        QTest::newRow("tls") << ErrorKind::Tls << 6;
        QTest::newRow("redirect") << ErrorKind::Redirect << 6;
        QTest::newRow("network") << ErrorKind::Network << 6;
        QTest::newRow("5xx") << ErrorKind::ServerError << 7;
        QTest::newRow("other status") << ErrorKind::HttpError << 7;
        QTest::newRow("not json") << ErrorKind::NotJson << 8;
        QTest::newRow("truncated") << ErrorKind::Truncated << 8;
        QTest::newRow("too large") << ErrorKind::TooLarge << 8;
        QTest::newRow("malformed") << ErrorKind::Malformed << 8;
        QTest::newRow("cancelled") << ErrorKind::Cancelled << 130;
    }

    void exitCodes()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, code);
        QCOMPARE(ExitCodes::value(ExitCodes::forError(kind)), code);
    }

    void colourOnlyOnATerminalWithoutNoColor()
    {
        QVERIFY(TerminalStyle::colourWanted(true, QByteArray()));
        QVERIFY(TerminalStyle::colourWanted(true, QByteArray(""))); // set but empty: no-color.org says colour
        QVERIFY(!TerminalStyle::colourWanted(true, QByteArray("1")));
        QVERIFY(!TerminalStyle::colourWanted(false, QByteArray()));
        QVERIFY(!TerminalStyle::colourWanted(false, QByteArray("1")));
    }

    void badgesReadTheSameWithoutColour()
    {
        Badge delivered{BadgeMeaning::Good, QStringLiteral("Delivered"), QStringLiteral("delivered"), true};
        Badge strange{BadgeMeaning::Unknown, QStringLiteral("Beamed"), QStringLiteral("beamed"), false};
        const TerminalStyle plain(false);
        const TerminalStyle coloured(true);
        QCOMPARE(plain.badge(delivered), QStringLiteral("✔ Delivered"));
        QCOMPARE(plain.badge(strange), QStringLiteral("? beamed (unknown value)"));
        QCOMPARE(coloured.badge(delivered), QStringLiteral("\x1b[32m✔ Delivered\x1b[0m"));
        QVERIFY(!plain.badge(strange).contains(QLatin1Char('\x1b')));
        QVERIFY(!plain.caption(QStringLiteral("Status")).contains(QLatin1Char('\x1b')));
    }

    void jsonWriterKeepsOrderAndEscapes()
    {
        JsonWriter w;
        w.beginObject();
        w.field(u"z", QStringLiteral("line\nbreak \"quoted\" \\ \x01 \u2028 é"));
        w.field(u"a", qint64(12));
        w.key(u"raw");
        w.rawValue("{\"n\": 12345678901234567890, \"d\": 1.50}");
        w.key(u"empty");
        w.beginArray();
        w.endArray();
        w.key(u"list");
        w.beginArray();
        w.boolean(true);
        w.null();
        w.endArray();
        w.endObject();
        const QByteArray out = w.data();
        QCOMPARE(out, QByteArray("{\n"
                                 "  \"z\": \"line\\nbreak \\\"quoted\\\" \\\\ \\u0001 \\u2028 \xc3\xa9\",\n"
                                 "  \"a\": 12,\n"
                                 "  \"raw\": {\"n\": 12345678901234567890, \"d\": 1.50},\n"
                                 "  \"empty\": [],\n"
                                 "  \"list\": [\n"
                                 "    true,\n"
                                 "    null\n"
                                 "  ]\n"
                                 "}\n"));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object().value(QStringLiteral("z")).toString(),
                 QStringLiteral("line\nbreak \"quoted\" \\ \x01 \u2028 é"));
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
