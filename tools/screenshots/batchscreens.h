#pragma once

#include <QString>

// Renders the batch screenshots into outDir with the palette in use: batch-list.png (a pasted list checked
// before anything is sent), batch.png (a finished run of 12 ids with mixed outcomes and the tally) and
// report.png (the report dialog for a failed SMS). Runs against a loopback server of its own, with a
// made-up token held in memory (no keychain). Returns false when something could not be rendered.
bool renderBatchScreens(const QString &outDir);
