#pragma once

#include "report/personaldatamask.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

struct InspectionResult;
struct MessageSummary;

// A short report about one inspected message for a support ticket, as Markdown and as HTML: the card's facts,
// the traceId, the HTTP status and time, the problems, why the lookup failed (when it did), a link to the
// conversation in the web app, and a line saying what was masked. Built in core from the typed result, so
// the window's "Copy report", "Save report…" and the CLI's `report` give the same text.
//
// The token never appears: every piece of text passes SecretScrubber (the known token and anything shaped
// like one), and the finished Markdown and HTML pass it once more. Headers and raw bodies are never
// included.
class MessageReport
{
public:
    struct Options
    {
        PersonalDataClasses masked = PersonalDataMask::all();
        QUrl webAppUrl;                   // the profile's web-app address; only https gives a link
        QString conversationLinkTemplate; // the profile's (WebAppLinks); empty: the default
        QString token;        // the token in use, when the caller has it: removed wherever it appears
        QDateTime lookedUpAt; // when the answer came; invalid: not said
        QDateTime now = QDateTime::currentDateTimeUtc();
        QTimeZone zone = QTimeZone::utc();
    };

    struct Fact
    {
        QString label;
        QString value;
        bool code = false; // an id or similar, shown as code
    };

    static MessageReport build(const InspectionResult &result, const MessageSummary &summary,
                               const Options &options);
    // With the summary made from the result's analysis.
    static MessageReport build(const InspectionResult &result, const Options &options);

    // The conversation in the web app, made by WebAppLinks (the one place links are built); an empty URL
    // when none can be made (not https, an id that is not plain, a bad template).
    static QUrl conversationLink(const QUrl &webAppUrl, const QString &locationId,
                                 const QString &conversationId, const QString &linkTemplate = {});

    QString title() const { return m_title; }
    const QList<Fact> &facts() const { return m_facts; }
    const QStringList &problems() const { return m_problems; }
    const QStringList &whyItFailed() const { return m_why; }
    QUrl link() const { return m_link; }
    QString maskingNote() const { return m_masking; }

    QString markdown() const;
    // A complete UTF-8 HTML document, every value escaped.
    QString html() const;

private:
    QString m_title;
    QList<Fact> m_facts;
    QStringList m_problems;
    QStringList m_why;
    QUrl m_link;
    QString m_masking;
    QString m_token;
};
