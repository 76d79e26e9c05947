#include "processhardening.h"

#include <QtGlobal> // Q_OS_LINUX, before it is tested below

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace ProcessHardening {

bool forbidCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    const bool noCore = setrlimit(RLIMIT_CORE, &none) == 0;
    const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    return noCore && notDumpable;
#else
    return true;
#endif
}

void applyForRelease()
{
#ifdef NDEBUG
    forbidCoreDumps();
#endif
}

} // namespace ProcessHardening
