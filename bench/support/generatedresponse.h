#pragma once

#include <QByteArray>

// A get-message response of about targetBytes: an outbound email whose meta.email.messageIds holds enough ids
// to reach the size — the shape of the largest real message responses. Shared by the benchmarks.
QByteArray generateResponse(qint64 targetBytes);
