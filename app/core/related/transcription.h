#pragma once

#include "json/jsondocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One sentence of a call's transcript (GetMessageTranscriptionResponseDto).
struct TranscriptSentence
{
    std::optional<qint64> channel; // mediaChannel: which side of the call spoke
    std::optional<qint64> index;   // sentenceIndex
    std::optional<qint64> startMs; // startTime, in milliseconds
    std::optional<qint64> endMs;   // endTime
    QString text;                  // transcript
    std::optional<double> confidence;
};

// A call's transcript, as GET /conversations/locations/{locationId}/messages/{messageId}/transcription
// answers. The schema describes one sentence object; the endpoint's name and its purpose say a list of them.
// Both are accepted, in the order sent; numbers may come as numbers or as numeric strings (the schema's own
// examples are strings).
struct Transcription
{
    // More sentences than this are not read (an hour of speech is far fewer).
    static constexpr int maxSentences = 20'000;

    enum class Shape
    {
        Unknown, // neither: nothing was read
        List,    // [ {sentence}, … ]
        Object,  // {sentence}
        Wrapped, // { "<name>": [ {sentence}, … ] }: a list under one member
    };

    Shape shape = Shape::Unknown;
    QList<TranscriptSentence> sentences;
    bool cut = false; // more than maxSentences were sent
    QStringList problems;

    static Transcription fromDocument(const Json::Document &document);
    // "0:34" for a time in milliseconds (the seek position a click on a sentence asks for).
    static QString timeText(qint64 ms);
};
