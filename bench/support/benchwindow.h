#pragma once

#include "appservices.h"
#include "mainwindow.h"

#include <QString>

class TokenSource;

// The window as main() makes it: the services first, then the MainWindow on them. Its settings, history and
// keychain entry stay apart from the user's: the files are `name`.ini and `name`.sqlite in stateDir, the
// keychain service is keychainService. tokens: an in-memory token source (null: the keychain).
class BenchWindow
{
public:
    BenchWindow(const QString &stateDir, const QString &name, const QString &keychainService,
                TokenSource *tokens = nullptr);

    AppServices services;
    MainWindow window;

    // The same options, for a bench that builds the parts itself (to time them one by one).
    static AppServices::Options servicesOptions(const QString &stateDir, const QString &name,
                                                const QString &keychainService,
                                                TokenSource *tokens = nullptr);
    static MainWindowOptions windowOptions(const QString &stateDir, const QString &name);
};
