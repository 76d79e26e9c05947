#pragma once

#include <QList>
#include <QString>

struct MessageAnalysis;

// Where two answers about the same message disagree, fact by fact, read through each one's shape: a webhook
// payload against the live message it names (status moved on, fields missing or different), or two moments
// of one message. Values are compared by meaning (messageType "SMS" equals TYPE_SMS, meta.call.duration
// equals meta.callDuration), so only real differences are listed.
struct MessageComparison
{
    enum class Outcome
    {
        Same,
        Different,
        OnlyInFirst,
        OnlyInSecond,
    };
    struct Row
    {
        QString field;  // "status", "callDuration"
        QString first;  // display text (escaped); empty when absent
        QString second; //
        Outcome outcome = Outcome::Same;
    };
    QList<Row> rows; // every compared field, in a fixed order

    static MessageComparison compare(const MessageAnalysis &first, const MessageAnalysis &second);
    QList<Row> differences() const;
    // "status: delivered → read" lines, for the card and the CLI; firstName/secondName say which is which
    // ("webhook", "live").
    QStringList describe(const QString &firstName, const QString &secondName) const;
};
