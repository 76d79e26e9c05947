#pragma once

#include <QByteArrayView>
#include <QString>

// Where the body of a successful (2xx) answer goes instead of memory: a recording may be megabytes, and a
// file keeps it out of the process's memory. Error answers and redirects stay in memory (they are small and
// the explanation reads them). The body is written as it arrives, already unpacked, and counts against the
// same cap (ClientOptions::maxBodyBytes) as a body in memory.
//
// begin() is called when a 2xx body starts; a retry starts a new body, so whatever an earlier attempt wrote
// must be dropped there. A false return from begin() or write() stops the download at once.
class BodySink
{
public:
    virtual ~BodySink() = default;

    virtual bool begin() = 0;
    virtual bool write(QByteArrayView bytes) = 0;
    // Why begin() or write() failed, in plain words.
    virtual QString errorString() const = 0;
};
