#pragma once

#include <QByteArray>
#include <QString>

// A get-message response of about targetBytes: an outbound email whose meta.email.messageIds holds enough ids
// to reach the size — the shape of the largest real message responses. Shared by the benchmarks.
QByteArray generateResponse(qint64 targetBytes);
// The same response written straight to a file, a chunk at a time (a 1 GB body never sits in this process's
// memory). False when the file cannot be written.
bool writeGeneratedResponse(const QString &path, qint64 targetBytes);
// About targetBytes of JSON Lines: one message per line (inbound and outbound, SMS, email, calls, with the
// statuses the card shows), as a batch's output or a day of webhook logs are kept. Written a chunk at a time.
bool writeGeneratedLines(const QString &path, qint64 targetBytes);
// The i-th line writeGeneratedLines() writes, without its newline.
QByteArray generatedLine(qint64 i);
