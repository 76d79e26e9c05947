#pragma once

#include "api/clientoptions.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What a front end asks the session to inspect: a message id (or a link holding one) to look up, a saved
// response file, or a body it already has (pasted, dropped, a bundled sample). Raw as the user gave it: the
// session validates it, once.
struct InspectionRequest
{
    enum class Source
    {
        Lookup, // input is an id or a link
        File,   // input is a path
        Body,   // body holds the bytes; origin says where they came from
    };

    Source source = Source::Lookup;
    QString input;
    QByteArray body;
    QString origin;          // Body: "sample", "pasted", "dropped", …
    QString profile;         // empty: the default profile
    QString baseUrlOverride; // a --base-url for this inspection; empty: the profile's address
    // A host other than HighLevel's or loopback that the user explicitly allowed to receive the profile's
    // token with baseUrlOverride (CLI --allow-host, or the window's question); empty: none.
    QString allowHost;
    std::optional<ClientOptions> clientOptions; // overrides the session's for this inspection
    bool prettyPrint = false;  // also make the re-indented text (Raw JSON → Pretty), off the UI thread
    bool recordHistory = true; // lookups go into the history unless the caller says otherwise

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
    static InspectionRequest bytes(const QByteArray &body, const QString &origin)
    {
        InspectionRequest r;
        r.source = Source::Body;
        r.body = body;
        r.origin = origin;
        return r;
    }
};
