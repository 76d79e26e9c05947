#include "benchwindow.h"

#include <QDir>

namespace {

QString settingsFile(const QString &stateDir, const QString &name)
{
    return QDir(stateDir).filePath(name + QStringLiteral(".ini"));
}

} // namespace

BenchWindow::BenchWindow(const QString &stateDir, const QString &name, const QString &keychainService,
                         TokenSource *tokens)
    : services(servicesOptions(stateDir, name, keychainService, tokens))
    , window(&services, windowOptions(stateDir, name))
{}

AppServices::Options BenchWindow::servicesOptions(const QString &stateDir, const QString &name,
                                                  const QString &keychainService, TokenSource *tokens)
{
    AppServices::Options options;
    options.settingsFile = settingsFile(stateDir, name);
    options.historyPath = QDir(stateDir).filePath(name + QStringLiteral(".sqlite"));
    options.keychainService = keychainService;
    options.tokens = tokens;
    return options;
}

MainWindowOptions BenchWindow::windowOptions(const QString &stateDir, const QString &name)
{
    MainWindowOptions options;
    options.settingsFile = settingsFile(stateDir, name);
    return options;
}
