#include "startupoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "StartupOptions",
        "Look up one HighLevel conversation message by its id and see what the server sent."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("StartupOptions", "Use the profile called <name> for this session."),
        QCoreApplication::translate("StartupOptions", "name"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QCoreApplication::translate(
            "StartupOptions", "Send requests to <url> instead of the profile's API address (https only; "
                              "http for this computer)."),
        QCoreApplication::translate("StartupOptions", "url"));
    parser.addOption(profile);
    parser.addOption(baseUrl);
    parser.addPositionalArgument(
        QStringLiteral("MESSAGE_ID|FILE.json"),
        QCoreApplication::translate(
            "StartupOptions",
            "A message id (or a link holding one) to look up, or a saved response to open."),
        QStringLiteral("[MESSAGE_ID | FILE.json]"));

    StartupOptions options;
    if (!parser.parse(arguments)) {
        options.action = Action::Error;
        options.text = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.text =
            QCoreApplication::applicationName() % QLatin1Char(' ') % QCoreApplication::applicationVersion();
        return options;
    }
    options.profile = parser.value(profile);
    options.baseUrl = parser.value(baseUrl);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        options.action = Action::Error;
        options.text = QCoreApplication::translate("StartupOptions",
                                                   "Give one message id or one file, not %1 arguments.")
                           .arg(positional.size());
        return options;
    }
    if (positional.isEmpty())
        return options;

    const QString argument = positional.first();
    const QFileInfo file(argument);
    // A file wins when it exists or clearly names one; a message id never contains '.' or '/'.
    if (file.exists() || argument.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)) {
        options.action = Action::OpenFile;
        options.filePath = file.absoluteFilePath();
    } else {
        options.action = Action::LookUp;
        options.messageInput = argument;
    }
    return options;
}
