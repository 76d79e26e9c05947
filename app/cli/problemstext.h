#pragma once

#include "message/finding.h"

#include <QList>
#include <QString>

// The `problems` format: one finding a line, "severity<TAB>JSON path<TAB>sentence", so `cut`, `awk` and
// `grep` work on it. Paths and sentences are escaped for display (no raw control characters or tabs inside a
// field).
namespace ProblemsText {

QString render(const QList<Finding> &findings);

// True when the findings hold a warning or an error: what makes `check` exit with 1. Informational notes
// (an undocumented extra field, a BOM) do not, and neither do the live API's known differences from the
// documentation unless `strict` (check --strict) asks for them.
bool hasProblems(const QList<Finding> &findings, bool strict = false);

} // namespace ProblemsText
