#include "related/transcription.h"

#include "message/messageformatting.h"
#include "related/jsonfields.h"

#include <QCoreApplication>

#include <cmath>

using Json::NodeKind;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transcription)
};

bool isSentence(const Json::Document &doc, qint64 object)
{
    return doc.kindAt(object) == NodeKind::Object && (JsonFields::member(doc, object, u"transcript") >= 0 ||
                                                      JsonFields::member(doc, object, u"sentenceIndex") >= 0);
}

std::optional<qint64> whole(const std::optional<double> &value)
{
    if (!value || *value < 0 || *value > 1e15)
        return std::nullopt;
    return qint64(std::llround(*value));
}

TranscriptSentence sentenceAt(const Json::Document &doc, qint64 object)
{
    using namespace JsonFields;
    TranscriptSentence s;
    s.channel = whole(number(doc, object, u"mediaChannel"));
    s.index = whole(number(doc, object, u"sentenceIndex"));
    s.startMs = whole(number(doc, object, u"startTime"));
    s.endMs = whole(number(doc, object, u"endTime"));
    s.text = string(doc, object, u"transcript");
    s.confidence = number(doc, object, u"confidence");
    return s;
}

void readList(const Json::Document &doc, qint64 array, Transcription &t)
{
    qint64 skipped = 0;
    for (Json::Member m = doc.firstMember(array); m.isValid(); m = doc.nextMember(m)) {
        if (t.sentences.size() >= Transcription::maxSentences) {
            t.cut = true;
            t.problems << Tr::tr("Only the first %1 sentences were read.").arg(Transcription::maxSentences);
            break;
        }
        if (isSentence(doc, m.valueOffset))
            t.sentences << sentenceAt(doc, m.valueOffset);
        else
            ++skipped;
    }
    if (skipped > 0)
        t.problems << Tr::tr("%1 item(s) of the list are no sentence (no transcript) and were skipped.")
                          .arg(skipped);
}

} // namespace

Transcription Transcription::fromDocument(const Json::Document &doc)
{
    Transcription t;
    if (!doc.isValid()) {
        t.problems << Tr::tr("The answer is not JSON.");
        return t;
    }
    const qint64 root = doc.rootOffset();
    if (doc.kindAt(root) == NodeKind::Array) {
        t.shape = Shape::List;
        readList(doc, root, t);
    } else if (isSentence(doc, root)) {
        t.shape = Shape::Object;
        t.sentences << sentenceAt(doc, root);
    } else if (doc.kindAt(root) == NodeKind::Object) {
        // A list under one member ({"transcriptions": […]}): the first array of sentence objects.
        for (Json::Member m = doc.firstMember(root); m.isValid(); m = doc.nextMember(m)) {
            if (doc.kindAt(m.valueOffset) != NodeKind::Array)
                continue;
            const Json::Member first = doc.firstMember(m.valueOffset);
            if (first.isValid() && isSentence(doc, first.valueOffset)) {
                t.shape = Shape::Wrapped;
                readList(doc, m.valueOffset, t);
                break;
            }
        }
    }
    if (t.shape == Shape::Unknown)
        t.problems << Tr::tr(
            "No sentence was found: the answer is neither a sentence nor a list of sentences.");
    for (const TranscriptSentence &s : std::as_const(t.sentences)) {
        if (s.startMs && s.endMs && *s.endMs < *s.startMs) {
            t.problems << Tr::tr("A sentence ends before it starts.");
            break;
        }
    }
    return t;
}

QString Transcription::timeText(qint64 ms)
{
    return MessageFormatting::duration(std::max<qint64>(0, ms) / 1000);
}
