// Time to diff two generated 10 MB get-message responses that differ in one field, next to the cost of
// QJsonDocument parsing both and comparing them (which says only "different", not where). Prints one line
// per measurement (best of five runs). Run from an optimised build:
//   cmake --build build/dev --target mi_bench_jsondiff && build/dev/bench/diff/mi_bench_jsondiff
#include "compare/jsondiff.h"
#include "generatedresponse.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

double bestOfFive(const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

QByteArray replacedOnce(QByteArray bytes, const QByteArray &before, const QByteArray &after, bool last)
{
    const qsizetype at = last ? bytes.lastIndexOf(before) : bytes.indexOf(before);
    if (at < 0)
        qFatal("bench: text not found");
    return bytes.replace(at, before.size(), after);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray first = generateResponse(10 * 1024 * 1024);
    const QByteArray statusChanged =
        replacedOnce(first, "\"status\": \"delivered\"", "\"status\": \"failed\"", false);
    const QByteArray lastIdChanged = replacedOnce(first, "kjkvShlRW1KT\"", "kjkvShlRW1KX\"", true);
    out << "body: " << first.size() << " bytes\n";

    const Json::Document a = Json::Document::parse(first);
    const Json::Document status = Json::Document::parse(statusChanged);
    const Json::Document lastId = Json::Document::parse(lastIdChanged);

    const double parseMs = bestOfFive([&] { Json::Document::parse(statusChanged); });
    JsonDiff statusDiff;
    const double statusMs = bestOfFive([&] { statusDiff = JsonDiff::compare(a, status); });
    JsonDiff lastIdDiff;
    const double lastIdMs = bestOfFive([&] { lastIdDiff = JsonDiff::compare(a, lastId); });
    const double qjsonMs = bestOfFive([&] {
        const bool same = QJsonDocument::fromJson(first) == QJsonDocument::fromJson(statusChanged);
        Q_UNUSED(same);
    });

    out << "Json::Document::parse (one body, for reference): " << parseMs << " ms\n";
    out << "JsonDiff, status changed:  " << statusMs << " ms, " << statusDiff.valuesCompared()
        << " values visited: " << statusDiff.toText().join(u" | ") << '\n';
    out << "JsonDiff, last id changed: " << lastIdMs << " ms, " << lastIdDiff.valuesCompared()
        << " values visited: " << lastIdDiff.toText().join(u" | ") << '\n';
    out << "baseline QJsonDocument::fromJson x2 + operator==: " << qjsonMs << " ms\n";
    return 0;
}
