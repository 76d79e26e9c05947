#pragma once

#include <QByteArray>
#include <QString>

// What must hold for any body, valid or not, once Json::Document has parsed it. Shared by the libFuzzer
// targets (tests/fuzz) and the regression test over tests/json/data, so every input the fuzzer ever found is
// checked the same way in the normal suite. Each function returns an empty string when everything holds, or
// one line saying what did not.
namespace JsonCheck {

// Parses body and walks every node: kinds, spans nested inside their parent, childIndex() against
// childCount() and firstMember()/nextMember(), every key and string decoded (whole and cut), the path of
// every node resolving to that node with offsetForPath() (or, for a later duplicate key, to the first one,
// with a DuplicateKey issue reported), and the issues' bounds.
QString checkDocument(const QByteArray &body);

// Pretty-prints body (when it is JSON) with indent spaces: only whitespace outside strings changes, the
// output parses to the same structure, format() and write() agree, and the size stays within the bound.
QString checkPrettyPrinter(const QByteArray &body, int indent);

} // namespace JsonCheck
