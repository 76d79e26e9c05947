#pragma once

#include <functional>

class QObject;

// Runs work once the paints already asked for are done: work is posted as an event of lower priority than
// Qt's paint request (Qt::LowEventPriority), so the layouts and the paint pass that earlier changes caused
// come first. Used to show the most wanted part of an answer (the summary card) a paint pass before the rest.
// The work is dropped when context is destroyed first.
namespace AfterPaint {
void post(QObject *context, std::function<void()> work);
} // namespace AfterPaint
