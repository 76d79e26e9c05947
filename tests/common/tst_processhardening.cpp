// ProcessHardening: after forbidCoreDumps() the process writes no core file and is not dumpable (so no other
// process of the user can attach to it or read its memory). Checked on this very process.
#include "common/processhardening.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

class TestProcessHardening : public QObject
{
    Q_OBJECT

private slots:
    void forbidsCoreDumps()
    {
#ifdef Q_OS_LINUX
        // Start from a state the call has to change: dumpable, and a core limit above zero where allowed.
        QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        if (limit.rlim_max != 0) {
            limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 1 << 20);
            QCOMPARE(setrlimit(RLIMIT_CORE, &limit), 0);
        }
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        QVERIFY(ProcessHardening::forbidCoreDumps());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#else
        QVERIFY(ProcessHardening::forbidCoreDumps());
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
