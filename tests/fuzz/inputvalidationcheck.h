#pragma once

#include <QByteArray>
#include <QString>

// What must hold for anything typed or pasted into the message id, API address and token fields, for any id
// found in a response (it goes into a related request's path and query as it is, or not at all) and for a
// profile's link template (it never leads off the web-app address). Shared by
// the libFuzzer target and the regression test that replays its corpus. Empty when everything holds.
namespace InputValidationCheck {

// The bytes are read as UTF-8 (invalid bytes become U+FFFD, as a paste would give) and given to every
// validator in app/core/api/inputvalidation.h.
QString check(const QByteArray &input);

} // namespace InputValidationCheck
