#pragma once

#include "api/apirequest.h"
#include "api/bodysink.h"
#include "api/clientoptions.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

// What a front end asks the session to inspect: a message id (or a link holding one) to look up, a saved
// response file, a body it already has (pasted, dropped, a bundled sample), or a related lookup (an email of
// the thread, a recording, a contact, … — app/core/related builds these). Raw as given: the session
// validates it, once.
struct InspectionRequest
{
    enum class Source
    {
        Lookup,  // input is an id or a link
        File,    // input is a path
        Body,    // body holds the bytes; origin says where they came from
        Related, // related holds the endpoint and its ids (often found in a response: validated all the same)
    };

    Source source = Source::Lookup;
    QString input; // Lookup: the id or link; File: the path; Related: the id the answer is about
    QByteArray body;
    QString origin;          // Body: "sample", "pasted", "dropped", …
    QString profile;         // empty: the default profile
    QString baseUrlOverride; // a --base-url for this inspection; empty: the profile's address
    // A host other than HighLevel's or loopback that the user explicitly allowed to receive the profile's
    // token with baseUrlOverride (CLI --allow-host, or the window's question); empty: none.
    QString allowHost;
    std::optional<ClientOptions> clientOptions; // overrides the session's for this inspection
    bool prettyPrint = false;  // also make the re-indented text (Raw JSON → Pretty), off the UI thread
    bool recordHistory = true; // lookups go into the history unless the caller says otherwise (never Related)

    // Related: the endpoint, its path ids and query. Its baseUrl, token and profile are not read: the session
    // fills them from the profile, as for a lookup.
    std::optional<ApiRequest> related;
    // Related: where a 2xx body goes instead of memory (a recording's temporary file); kept alive by the
    // request until the job has finished.
    std::shared_ptr<BodySink> sink;

    static InspectionRequest lookup(const QString &input, const QString &profile = {})
    {
        InspectionRequest r;
        r.source = Source::Lookup;
        r.input = input;
        r.profile = profile;
        return r;
    }
    static InspectionRequest file(const QString &path)
    {
        InspectionRequest r;
        r.source = Source::File;
        r.input = path;
        return r;
    }
    static InspectionRequest relatedLookup(const ApiRequest &call, const QString &profile = {})
    {
        InspectionRequest r;
        r.source = Source::Related;
        r.related = call;
        r.related->token.clear();
        for (const auto &[name, value] : call.pathIds) {
            if (name == call.endpoint.subject)
                r.input = value; // what the lookup is about, as given (the session validates it)
        }
        r.profile = profile;
        r.recordHistory = false;
        return r;
    }
    static InspectionRequest bytes(const QByteArray &body, const QString &origin)
    {
        InspectionRequest r;
        r.source = Source::Body;
        r.body = body;
        r.origin = origin;
        return r;
    }
};
