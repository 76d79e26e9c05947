// A second process on the test's history file, so the test can prove what happens when two programs use
// it at once (a window and the command line, or two windows):
//
//   mi_history_child write <file> <id-prefix> <count>
//       opens the history, prints "ready", waits for a line on stdin, records <count> lookups with ids
//       <id-prefix>0, <id-prefix>1, … as fast as it can, waits for every answer, prints
//       "saved <n> pending <n> other <n>" and closes the history (which writes what is still pending).
//   mi_history_child lock <file>
//       takes the file's write lock with a plain SQLite connection (BEGIN IMMEDIATE), prints "locked",
//       holds it until a line arrives on stdin, then releases it and prints "released".
//
// Exit code 0 on success, 1 when something failed (with a line on stderr saying what), 2 on bad arguments.
#include "store/lookuphistory.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <string>

namespace {

void say(const QString &line)
{
    std::cout << line.toStdString() << std::endl;
}

void waitForLine()
{
    std::string line;
    std::getline(std::cin, line);
}

int write(const QString &path, const QString &prefix, int count)
{
    LookupHistory history(path);
    history.count().waitForFinished(); // opened (and migrated, if needed) before the race starts
    if (!history.isAvailable()) {
        std::cerr << history.errorString().toStdString() << std::endl;
        return 1;
    }
    say(QStringLiteral("ready"));
    waitForLine();
    QList<QFuture<HistoryWrite>> answers;
    for (int i = 0; i < count; ++i) {
        LookupRecord record;
        record.messageId = prefix + QString::number(i);
        record.profile = QStringLiteral("Child");
        record.httpStatus = 200;
        record.outcome = QStringLiteral("ok");
        answers.append(history.record(record));
    }
    int saved = 0;
    int pending = 0;
    int other = 0;
    for (QFuture<HistoryWrite> &answer : answers) {
        switch (answer.result().status) {
        case HistoryWrite::Status::Saved:
            ++saved;
            break;
        case HistoryWrite::Status::Pending:
            ++pending;
            break;
        default:
            ++other;
            std::cerr << answer.result().message.toStdString() << std::endl;
            break;
        }
    }
    say(QStringLiteral("saved %1 pending %2 other %3").arg(saved).arg(pending).arg(other));
    return other == 0 ? 0 : 1;
}

int lock(const QString &path)
{
    int status = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            std::cerr << "cannot lock: " << query.lastError().text().toStdString() << std::endl;
            return 1;
        }
        say(QStringLiteral("locked"));
        waitForLine();
        if (!query.exec(QStringLiteral("ROLLBACK"))) {
            std::cerr << "cannot release: " << query.lastError().text().toStdString() << std::endl;
            status = 1;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    say(QStringLiteral("released"));
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("write"))
        return write(args.at(2), args.at(3), args.at(4).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("lock"))
        return lock(args.at(2));
    std::cerr << "usage: mi_history_child write FILE PREFIX COUNT | lock FILE" << std::endl;
    return 2;
}
