#pragma once

#include <QObject>

#include <chrono>
#include <functional>

// Asks the Secret Service (freedesktop D-Bus API) about its default collection, asynchronously and with a
// deadline. QtKeychain cannot tell "not found" from "locked" or "no keychain at all" (a locked collection
// reads as not found; a missing D-Bus session is just "other error"), so TokenStore asks here before it
// trusts such an answer. On platforms without the Secret Service the answer is always Unknown.
class KeychainProbe : public QObject
{
    Q_OBJECT

public:
    enum class Answer
    {
        NoBus,     // no D-Bus session bus can be reached
        NoService, // the bus has no Secret Service (no keyring daemon, none activatable)
        Locked,    // the default collection exists and is locked
        Unlocked,  // the default collection exists and is unlocked
        Unknown,   // no answer in time, no default collection, or not a Secret Service platform
    };
    Q_ENUM(Answer)

    // Calls `done` exactly once, from the event loop, never synchronously; not at all if `context` dies
    // first.
    static void ask(QObject *context, std::chrono::milliseconds deadline, std::function<void(Answer)> done);
};
