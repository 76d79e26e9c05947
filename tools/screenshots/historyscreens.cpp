// The History view as a support lead keeping an eye on a flaky number sees it: a dozen lookups over two
// profiles, one message watched from pending to delivered, failures of several kinds, some answers kept.
// Rendered offscreen from a real history file in a temporary folder.
#include "historyscreens.h"

#include "historytablemodel.h"
#include "historyview.h"

#include "message/messageschema.h"
#include "store/lookuphistory.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Sample
{
    const char *id;
    int minutesAgo;
    const char *profile;
    const char *outcome;
    int httpStatus;
    const char *direction; // empty: the lookup found no message
    const char *status;
    const char *type;
    int keptBytes; // 0: no answer kept
};

// Newest last; "now" is the screenshot's fixed moment.
constexpr Sample samples[] = {
    {"eP4kQz8TnW2xLr6VbY1a", 2900, "Acme Dental", "ok", 200, "inbound", "delivered", "TYPE_SMS", 0},
    {"Hm3Vx7Qp1Zr9Kt5Ld2Nw", 1460, "Bright Smiles", "not_found", 404, "", "", "", 0},
    {"Lc7Kq2Wn5Rt8Yx1Za4Vb", 320, "Acme Dental", "ok", 200, "inbound", "completed", "TYPE_CALL", 0},
    {"Fx2Lv9Sm4Qe7Rt1Yu3Io", 190, "Acme Dental", "ok", 200, "outbound", "failed", "TYPE_SMS", 1243},
    {"Wq8Er3Ty6Ui1Op4As7Df", 95, "Bright Smiles", "unauthorized", 401, "", "", "", 0},
    {"nXf2TQ8rLm4kPz7VbC1a", 42, "Acme Dental", "ok", 200, "outbound", "pending", "TYPE_SMS", 612},
    {"nXf2TQ8rLm4kPz7VbC1a", 40, "Acme Dental", "ok", 200, "outbound", "sent", "TYPE_SMS", 618},
    {"Gb5Nh8Jm2Kl6Zx9Cv3Bn", 33, "Bright Smiles", "ok", 200, "outbound", "read", "TYPE_EMAIL", 4821},
    {"nXf2TQ8rLm4kPz7VbC1a", 31, "Acme Dental", "ok", 200, "outbound", "delivered", "TYPE_SMS", 624},
    {"Pk4Ls8Dj2Fh6Gm1Qw9Er", 18, "Bright Smiles", "rate_limited", 429, "", "", "", 0},
    {"Tz6Yx1Wv5Ut9Sr3Qp7On", 9, "Acme Dental", "ok", 200, "inbound", "opt_out", "TYPE_SMS", 0},
    {"Rb1Ns5Mt9Lu3Kv7Jw2Ix", 3, "Acme Dental", "ok", 200, "inbound", "voicemail", "TYPE_CALL", 0},
};

} // namespace

bool renderHistoryScreens(const QString &outDir, const QPalette &light)
{
    QApplication::setPalette(light);
    QTemporaryDir dir;
    LookupHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    const QDateTime now = QDateTime(QDate(2024, 3, 27), QTime(16, 45), QTimeZone::systemTimeZone()).toUTC();
    for (const Sample &s : samples) {
        LookupRecord r;
        r.messageId = QString::fromLatin1(s.id);
        r.profile = QString::fromLatin1(s.profile);
        r.time = now.addSecs(-60LL * s.minutesAgo);
        r.httpStatus = s.httpStatus;
        r.outcome = QString::fromLatin1(s.outcome);
        r.direction = QString::fromLatin1(s.direction);
        r.status = QString::fromLatin1(s.status);
        r.messageType = QString::fromLatin1(s.type);
        QStringList words;
        for (const Badge &badge : {MessageSchema::badgeFor(u"$.direction", r.direction),
                                   MessageSchema::badgeFor(u"$.status", r.status),
                                   MessageSchema::badgeFor(u"$.messageType", r.messageType)}) {
            if (badge.isBadge() && !badge.rawValue.isEmpty())
                words << badge.label;
        }
        r.summary = words.join(QStringLiteral(" · "));
        std::optional<KeptAnswer> answer;
        if (s.keptBytes > 0)
            answer = KeptAnswer{QByteArray(s.keptBytes, ' '), {}, {}};
        if (!history.record(r, answer).result().kept()) {
            std::fputs("screenshots: the history did not take a sample lookup\n", stderr);
            return false;
        }
    }

    HistoryView view(&history);
    QSignalSpy refreshed(&view, &HistoryView::refreshed);
    view.setClock(now, QTimeZone::systemTimeZone());
    view.setProfiles({QStringLiteral("Acme Dental"), QStringLiteral("Bright Smiles")});
    view.resize(1000, 600);
    view.show();
    if (!refreshed.wait(10000)) {
        std::fputs("screenshots: the History view did not list the lookups\n", stderr);
        return false;
    }
    // The watched message's latest answer selected: its actions are the ones enabled.
    view.table()->selectRow(3);
    // The limits for kept answers, open below the list.
    view.showRetentionSettings(true);
    QApplication::processEvents();
    const QString path = outDir + QStringLiteral("/history.png");
    const bool ok = view.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}
