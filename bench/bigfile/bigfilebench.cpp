// Big files, each measured in a fresh child process (this executable re-run with --child), so one method's
// memory never hides another's:
//   session-1g   a 1 GB get-message response opened through InspectionSession (memory-mapped, parsed,
//                analysed: shape, findings, summary) until the tree model's first level is read
//   jsonl-1g     1 GB of JSON Lines (one message per line) indexed (JsonLinesIndex) until the model's first
//                screen of records (40 rows, chips included) is read
//   qjson-100m   the baseline: QJsonDocument::fromJson on a 100 MB body of the same shape (the read of the
//                file is not timed)
// Time: fastest of 3 runs, wall clock and the process's CPU time (all threads; steadier than wall time when
// other work shares the machine). Peak: VmHWM (the kernel's high-water mark of resident memory, mapped file
// pages included) minus VmRSS before the file was touched. Files are written to a temporary directory (warm
// page cache, as right after a download or an export) and removed at the end.
//
// By hand: --write response|lines MEGABYTES PATH writes an input; --child stages PATH shows where the time
// and memory of opening a response go (map, parse, shape, findings, view, summary, first tree level).
#include "common/mappedfile.h"
#include "generatedresponse.h"
#include "jsonl/jsonlinesindex.h"
#include "jsonl/jsonlinesmodel.h"
#include "message/messagesummary.h"
#include "message/messagevalidator.h"
#include "session/inspectionsession.h"
#include "json/jsontreemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>

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

// CPU time of the whole process (every thread), in ms: steadier than wall time on a machine other work
// shares.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Run
{
    qint64 check = -1; // a checksum, so that nothing is optimised away; -1 when the method failed
    qint64 ns = 0;
    double cpuMs = 0;
};

Run runOnce(const QString &method, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    double cpuStart = cpuMs();
    qint64 check = 0;
    if (method == QLatin1String("session-1g")) {
        InspectionSession session{SessionServices{}};
        InspectionJob *job = session.inspect(InspectionRequest::file(path));
        InspectionResult result;
        bool done = false;
        QObject::connect(job, &InspectionJob::finished, [&](const InspectionResult &r) {
            result = r;
            done = true;
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (!result.ok() || !result.analysis.document.isValid())
            return {};
        Json::JsonTreeModel model;
        model.setDocument(result.analysis.document);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < Json::JsonTreeModel::ColumnCount; ++column)
                check += model.index(row, column).data().toString().size();
        }
        check += result.analysis.findings.size();
    } else if (method == QLatin1String("jsonl-1g")) {
        QString error;
        const std::shared_ptr<const MappedFile> file = MappedFile::map(path, &error);
        if (!file)
            return {};
        const JsonLinesIndex index = JsonLinesIndex::build(file->bytes(), file);
        if (!index.isValid())
            return {};
        JsonLinesModel model;
        model.setIndex(index);
        for (int row = 0; row < std::min(40, model.rowCount()); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                check += model.index(row, column).data().toString().size();
        }
        check += model.rowCount();
    } else if (method == QLatin1String("qjson-100m")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray body = file.readAll();
        timer.start(); // the baseline is the parse alone
        cpuStart = cpuMs();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return {};
        check += doc.object().size();
    }
    return Run{check, timer.nsecsElapsed(), cpuMs() - cpuStart};
}

// Where the time and the memory of opening a big response go, stage by stage (by hand: --child stages PATH).
int runStages(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 before = statusKb("VmRSS:");
    auto threadMs = [] {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    double cpuBefore = cpuMs();
    double threadBefore = threadMs();
    auto report = [&](const char *stage) {
        const double cpu = cpuMs();
        const double thread = threadMs();
        std::printf(
            "  %-22s %8.1f ms (CPU %7.1f ms, this thread %7.1f ms)  VmHWM +%.1f MiB  VmRSS +%.1f MiB\n",
            stage, double(timer.nsecsElapsed()) / 1e6, cpu - cpuBefore, thread - threadBefore,
            double(statusKb("VmHWM:") - before) / 1024.0, double(statusKb("VmRSS:") - before) / 1024.0);
        std::fflush(stdout);
        cpuBefore = cpu;
        threadBefore = thread;
        timer.restart();
    };
    const FileBytes file = FileBytes::load(path, InspectionSession::maxFileBytes);
    report("map");
    Json::ParseControl control;
    control.keepAlive = file.keepAlive;
    const Json::Document document = Json::Document::parse(file.bytes, control);
    report("parse");
    const ResponseShape shape = ResponseShape::recognise(document);
    report("shape");
    const QList<Finding> findings = MessageValidator::validate(document, shape);
    report("findings");
    const MessageView view = MessageView::fromDocument(document, shape);
    report("view");
    MessageAnalysis analysis;
    analysis.document = document;
    analysis.shape = shape;
    analysis.view = view;
    const MessageSummary summary = MessageSummary::from(analysis);
    report("summary");
    Json::JsonTreeModel model;
    model.setDocument(document);
    qint64 check = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        check += model.index(row, 1).data().toString().size();
    report("first tree level");
    return check > 0 ? 0 : 1;
}

int runChild(const QString &method, const QString &path)
{
    if (method == QLatin1String("stages"))
        return runStages(path);
    const qint64 rssBefore = statusKb("VmRSS:");
    qint64 best = -1;
    double bestCpu = -1;
    qint64 check = 0;
    for (int i = 0; i < 3; ++i) {
        const Run run = runOnce(method, path);
        if (run.check < 0)
            return 3;
        check += run.check;
        if (best < 0 || run.ns < best)
            best = run.ns;
        if (bestCpu < 0 || run.cpuMs < bestCpu)
            bestCpu = run.cpuMs;
    }
    const qint64 peak = statusKb("VmHWM:");
    std::printf("%lld %lld %lld %lld\n", best / 1000, peak - rssBefore, check, qint64(bestCpu * 1000));
    return 0;
}

struct Result
{
    double ms = 0;
    double cpuMs = 0;
    double peakMb = 0;
    bool ok = false;
};

Result measure(const QString &method, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), method, path});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return {};
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() < 4)
        return {};
    return Result{fields[0].toDouble() / 1000.0, fields[3].toDouble() / 1000.0, fields[1].toDouble() / 1024.0,
                  true};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args[1] == QLatin1String("--child")) {
        // The only thing a child prints is its figures.
        qputenv("QT_LOGGING_RULES", "*.debug=false");
        return runChild(args[2], args[3]);
    }
    // For a look at one method by hand: --write response|lines MEGABYTES PATH, then --child METHOD PATH.
    if (args.size() == 5 && args[1] == QLatin1String("--write")) {
        const qint64 bytes = args[3].toLongLong() * 1024 * 1024;
        const bool ok = args[2] == QLatin1String("lines") ? writeGeneratedLines(args[4], bytes)
                                                          : writeGeneratedResponse(args[4], bytes);
        return ok ? 0 : 1;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const qint64 gb = 1024LL * 1024 * 1024;
    const QString big = dir.filePath(QStringLiteral("response-1g.json"));
    const QString lines = dir.filePath(QStringLiteral("messages-1g.jsonl"));
    const QString small = dir.filePath(QStringLiteral("response-100m.json"));
    std::printf("Big-file benchmark (%s build, %d cores). Writing the inputs…\n",
#ifdef NDEBUG
                "release",
#else
                "debug",
#endif
                QThread::idealThreadCount());
    std::fflush(stdout);
    if (!writeGeneratedResponse(big, gb) || !writeGeneratedLines(lines, gb) ||
        !writeGeneratedResponse(small, 100LL * 1024 * 1024)) {
        std::fprintf(stderr, "cannot write the inputs\n");
        return 1;
    }
    std::printf(
        "Time: fastest of 3 runs, wall clock and CPU (all threads; steadier when other work shares the "
        "machine).\nPeak: VmHWM − VmRSS before the file, in a fresh child per method.\n\n");
    std::printf("  %-12s %10s %12s %12s %12s %12s\n", "method", "file (MiB)", "wall (ms)", "CPU (ms)",
                "peak (MiB)", "peak / file");
    struct Row
    {
        const char *method;
        QString path;
    };
    QHash<QString, Result> results;
    int failures = 0;
    for (const Row &row : {Row{"qjson-100m", small}, Row{"session-1g", big}, Row{"jsonl-1g", lines}}) {
        const double fileMb = double(QFileInfo(row.path).size()) / (1024.0 * 1024.0);
        const Result r = measure(QLatin1String(row.method), row.path);
        results.insert(QLatin1String(row.method), r);
        if (!r.ok) {
            std::printf("  %-12s failed\n", row.method);
            ++failures;
            continue;
        }
        std::printf("  %-12s %10.0f %12.1f %12.1f %12.1f %11.2fx\n", row.method, fileMb, r.ms, r.cpuMs,
                    r.peakMb, r.peakMb / fileMb);
        std::fflush(stdout);
    }
    const Result qjson = results.value(QStringLiteral("qjson-100m"));
    const Result doc = results.value(QStringLiteral("session-1g"));
    const Result jsonl = results.value(QStringLiteral("jsonl-1g"));
    const double gbMb = double(QFileInfo(big).size()) / (1024.0 * 1024.0);
    auto verdict = [](bool met) { return met ? "met" : "NOT met"; };
    if (qjson.ok && doc.ok)
        std::printf("\n  1 GB to the first tree level vs QJsonDocument::fromJson on 100 MB (target: less):\n"
                    "    wall %.0f ms vs %.0f ms (%s), CPU %.0f ms vs %.0f ms (%s)\n"
                    "  peak %.2fx the file (target ≤ 1.3x: %s)\n",
                    doc.ms, qjson.ms, verdict(doc.ms < qjson.ms), doc.cpuMs, qjson.cpuMs,
                    verdict(doc.cpuMs < qjson.cpuMs), doc.peakMb / gbMb, verdict(doc.peakMb <= 1.3 * gbMb));
    if (doc.ok && jsonl.ok)
        std::printf("  1 GB of JSON Lines to its first screen vs one 1 GB document (target: as fast):\n"
                    "    wall %.0f ms vs %.0f ms (%s), CPU %.0f ms vs %.0f ms (%s); peak %.2fx the file\n",
                    jsonl.ms, doc.ms, verdict(jsonl.ms <= doc.ms), jsonl.cpuMs, doc.cpuMs,
                    verdict(jsonl.cpuMs <= doc.cpuMs),
                    jsonl.peakMb / (double(QFileInfo(lines).size()) / (1024.0 * 1024.0)));
    return failures == 0 ? 0 : 1;
}
