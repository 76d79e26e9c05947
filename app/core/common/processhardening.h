#pragma once

// Keeps the token out of crash dumps and out of reach of the user's other processes.
namespace ProcessHardening {

// On Linux: no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0), which also stops other
// processes of the same user from attaching a debugger or reading /proc/<pid>/mem. Elsewhere it does
// nothing. False when the system refused a step.
bool forbidCoreDumps();

// What both main()s call first: forbidCoreDumps() in release builds (NDEBUG); nothing in debug builds, where
// a core dump or an attached debugger is what a developer wants.
void applyForRelease();

} // namespace ProcessHardening
