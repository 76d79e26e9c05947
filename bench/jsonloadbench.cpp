// Loads a generated 10 MB and 100 MB get-message response (an email with a very long meta.email.messageIds)
// and prints, in one run, the time until the first tree level is available and the peak memory of:
//   mi            Json::Document::parse + JsonTreeModel::setDocument + every top-level row's Key/Value/Type
//   mi+expand     the same, then fetching (expanding) $.meta.email.messageIds and reading its last row
//   qjson         QJsonDocument::fromJson alone (the baseline to beat)
//   qjson+model   QJsonDocument::fromJson and an eager QStandardItemModel (Key/Value/Type) built from it
//   simdjson-dom  simdjson's DOM parser (full validation, no order/duplicate/UTF-8 leniency) for reference
//
// Memory method: every measurement runs in a fresh child process (this executable re-run with --child), so
// one method's allocations never hide another's. The child reads VmRSS from /proc/self/status before it loads
// the body, and VmHWM (the kernel's resident-set high-water mark) when the work is done and everything is
// still alive. "peak" is VmHWM − VmRSS-before-the-body: the body bytes plus everything built from them. Each
// child runs its method three times (fresh objects each time) and reports the fastest run.
#include "generatedresponse.h"
#include "json/jsondocument.h"
#include "json/jsontreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <simdjson.h>

#include <cstdio>
#include <cstdlib>

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    default:
        return QStringLiteral("null");
    }
}

QString valueText(const QJsonValue &v)
{
    if (v.isObject())
        return QStringLiteral("%1 fields").arg(v.toObject().size());
    if (v.isArray())
        return QStringLiteral("%1 items").arg(v.toArray().size());
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

// The classic eager tree: every node becomes three QStandardItems up front.
void appendRows(QStandardItem *parent, const QJsonValue &value)
{
    auto add = [&](const QString &key, const QJsonValue &child) {
        QList<QStandardItem *> row{new QStandardItem(key), new QStandardItem(valueText(child)),
                                   new QStandardItem(typeName(child))};
        parent->appendRow(row);
        if (child.isObject() || child.isArray())
            appendRows(row.first(), child);
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            add(it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), a.at(i));
    }
}

// Returns a checksum so the work cannot be optimised away.
qint64 runOnce(const QString &method, const QByteArray &body)
{
    qint64 check = 0;
    if (method.startsWith(QLatin1String("mi"))) {
        const Json::Document doc = Json::Document::parse(body);
        if (!doc.isValid())
            std::exit(3); // a benchmark of a failed parse would be meaningless
        Json::JsonTreeModel model;
        model.setDocument(doc);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < Json::JsonTreeModel::ColumnCount; ++column)
                check += model.index(row, column).data().toString().size();
        }
        if (method == QLatin1String("mi+expand")) {
            const QModelIndex ids = model.indexForPath(QStringLiteral("$.meta.email.messageIds"));
            model.fetchMore(ids);
            check += model.index(model.rowCount(ids) - 1, 1, ids).data().toString().size();
        }
    } else if (method == QLatin1String("qjson")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            std::exit(3);
        check += doc.object().size();
    } else if (method == QLatin1String("qjson+model")) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QStandardItemModel model;
        appendRows(model.invisibleRootItem(), doc.object());
        for (int row = 0; row < model.rowCount(); ++row)
            check += model.index(row, 1).data().toString().size();
    } else if (method == QLatin1String("simdjson-dom")) {
        simdjson::dom::parser parser;
        simdjson::padded_string padded(body.constData(), size_t(body.size()));
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) == simdjson::SUCCESS) {
            simdjson::dom::array ids;
            if (root["meta"]["email"]["messageIds"].get(ids) == simdjson::SUCCESS)
                check += qint64(ids.size());
        }
    }
    return check;
}

int runChild(const QString &method, const QString &path)
{
    const qint64 rssBefore = statusKb("VmRSS:");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray body = file.readAll();
    qint64 best = -1;
    qint64 check = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        check += runOnce(method, body);
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
    }
    const qint64 peak = statusKb("VmHWM:");
    std::printf("%lld %lld %lld %lld\n", best / 1000, peak - rssBefore, peak, check);
    return 0;
}

struct Result
{
    double ms = 0;
    double peakMb = 0;
    bool ok = false;
};

Result measure(const QString &method, const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), method, path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() < 4)
        return {};
    return Result{fields[0].toDouble() / 1000.0, fields[1].toDouble() / 1024.0, true};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--child"))
        return runChild(args[2], args[3]);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QStringList methods{QStringLiteral("mi"), QStringLiteral("mi+expand"), QStringLiteral("qjson"),
                              QStringLiteral("qjson+model"), QStringLiteral("simdjson-dom")};
    std::printf(
        "JSON load benchmark (%s build). Time: fastest of 3 runs until the first tree level is available.\n"
        "Peak: VmHWM minus VmRSS before the body was read, in a fresh child process per measurement.\n\n",
#ifdef NDEBUG
        "release"
#else
        "debug"
#endif
    );
    int failures = 0;
    for (const qint64 megabytes : {10, 100}) {
        const QByteArray body = generateResponse(megabytes * 1024 * 1024);
        const QString path = dir.filePath(QStringLiteral("response-%1mb.json").arg(megabytes));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            return 1;
        file.close();
        const double bodyMb = double(body.size()) / (1024.0 * 1024.0);
        std::printf("%lld MB response (%.1f MiB body)\n", (long long)megabytes, bodyMb);
        std::printf("  %-14s %12s %12s %14s\n", "method", "time (ms)", "peak (MiB)", "peak / body");
        QHash<QString, Result> results;
        for (const QString &method : methods) {
            const Result r = measure(method, path);
            results.insert(method, r);
            if (!r.ok) {
                std::printf("  %-14s failed\n", qPrintable(method));
                ++failures;
                continue;
            }
            std::printf("  %-14s %12.1f %12.1f %13.2fx\n", qPrintable(method), r.ms, r.peakMb,
                        r.peakMb / bodyMb);
        }
        const Result mi = results.value(QStringLiteral("mi"));
        const Result qjson = results.value(QStringLiteral("qjson"));
        if (mi.ok && qjson.ok) {
            const bool faster = mi.ms < qjson.ms;
            const bool lean = mi.peakMb <= 2.0 * bodyMb;
            std::printf("  targets: first level %.1f ms vs QJsonDocument::fromJson %.1f ms (%s, %.1fx); "
                        "peak %.1f MiB vs 2x body %.1f MiB (%s)\n\n",
                        mi.ms, qjson.ms, faster ? "met" : "NOT met", qjson.ms / std::max(mi.ms, 0.001),
                        mi.peakMb, 2.0 * bodyMb, lean ? "met" : "NOT met");
        }
    }
    return failures == 0 ? 0 : 1;
}
