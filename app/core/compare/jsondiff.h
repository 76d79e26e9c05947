#pragma once

#include "compare/jsondifference.h"
#include "message/responseshape.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>

// How JsonDiff compares (outside the class: a nested struct with defaults cannot be a default argument).
struct JsonDiffOptions
{
    static constexpr int defaultMaxDifferences = 10000;

    // The walk stops after this many differences, with a note.
    int maxDifferences = defaultMaxDifferences;
    // Values are shown cut to this many characters.
    int maxValueChars = 200;
    // Pair the messages of two message-shaped bodies (false: compare the bodies as they are).
    bool pairMessages = true;
    // The zone dates' meaning is shown in.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
};

// A structural diff of two JSON bodies: members added, removed and changed, in the order the server sent
// them, with JSON paths, over the documents' bytes (nothing is copied or re-parsed).
//
// When both bodies hold a message (ResponseShape), the two messages are compared with each other wherever
// each shape puts them — a file saved from the documented flat shape against a live answer's $.message — and
// what lies outside the message (the envelope's traceId) is listed apart (Part::Envelope). Known message
// fields carry their meaning beside the raw value (status "sent" → "Sent", dates in local time).
//
// Cost: a container whose bytes are identical on both sides is skipped with one memcmp, so two 10 MB bodies
// that differ in one field cost little more than reading them once. Objects are paired by key (duplicate keys
// by occurrence), arrays by index. Bounded: the walk stops after Options::maxDifferences with a note, values
// are cut at Options::maxValueChars, and depth is bounded by the parser (Json::Document::maxDepth).
//
// compare() is a pure function of its inputs and safe on any thread; start() runs it on the thread pool and
// can be cancelled through the returned future.
class JsonDiff
{
    Q_DECLARE_TR_FUNCTIONS(JsonDiff)

public:
    using Options = JsonDiffOptions;

    JsonDiff() = default;

    static JsonDiff compare(const Json::Document &first, const Json::Document &second,
                            const Options &options = {});
    // On the global thread pool; cancel() on the future stops the walk soon (the result is then incomplete
    // and says so). The future always finishes with exactly one result.
    static QFuture<JsonDiff> start(const Json::Document &first, const Json::Document &second,
                                   const Options &options = {});
    // The same walk with a stop question asked every few thousand values (start() uses it).
    static JsonDiff compare(const Json::Document &first, const Json::Document &second, const Options &options,
                            const std::function<bool()> &shouldStop);

    const QList<JsonDifference> &differences() const { return m_differences; }
    qsizetype count(JsonDifference::Change change) const;

    // Both bodies parsed and nothing differs (a complete walk that found nothing).
    bool isIdentical() const;
    // The walk stopped at maxDifferences: more differences may follow.
    bool isTruncated() const { return m_truncated; }
    // The walk was stopped (start()'s future cancelled).
    bool isCancelled() const { return m_cancelled; }
    // A body was not JSON (or empty): there is no structural diff; errorString() says which and why, and
    // bytesEqual() whether the two bodies are at least byte for byte the same.
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    bool bytesEqual() const { return m_bytesEqual; }

    // Whether messages were paired, and where each body keeps its message ("$", "$.message").
    bool pairedMessages() const { return m_pairedMessages; }
    const ResponseShape &firstShape() const { return m_firstShape; }
    const ResponseShape &secondShape() const { return m_secondShape; }
    // Plain sentences about how the bodies were compared and what was left out.
    const QStringList &notes() const { return m_notes; }
    qint64 valuesCompared() const { return m_valuesCompared; }

    // The diff as lines for the command line:
    //   ~ $.message.status: "sent" → "delivered" (Sent → Delivered)
    //   + $.message.userId: "Us1E…"
    //   - $.altId: "SM4f…"
    // The message's differences first, then "Outside the message:" and the envelope's; notes first (pairing)
    // and last (truncation); "No differences." when there are none.
    QStringList toText() const;
    // One difference as one line (without the part's heading).
    static QString lineFor(const JsonDifference &difference);

private:
    friend class JsonDiffWalker;

    QList<JsonDifference> m_differences;
    ResponseShape m_firstShape;
    ResponseShape m_secondShape;
    QStringList m_notes;
    QString m_error;
    qint64 m_valuesCompared = 0;
    bool m_truncated = false;
    bool m_cancelled = false;
    bool m_bytesEqual = false;
    bool m_pairedMessages = false;
};

Q_DECLARE_METATYPE(JsonDiff)
