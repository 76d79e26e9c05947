#include "recordingplaybackloader.h"

#include "recordingplayback.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace {

struct LoadedModule
{
    RecordingPlaybackFactory *factory = nullptr;
    QString whyNot;
};

LoadedModule load()
{
    const QString path = RecordingPlaybackLoader::moduleFolderFor(QCoreApplication::applicationDirPath()) +
                         QLatin1Char('/') + RecordingPlaybackLoader::moduleFileName();
    if (!QFileInfo::exists(path))
        return {nullptr,
                QCoreApplication::translate("RecordingPlaybackLoader", "the playback module %1 is missing")
                    .arg(QDir::toNativeSeparators(path))};
    // The loader stays alive with the program: the module is never unloaded while a player may exist.
    static QPluginLoader loader;
    loader.setFileName(path);
    QObject *instance = loader.instance();
    if (!instance)
        return {nullptr,
                QCoreApplication::translate("RecordingPlaybackLoader", "the playback module did not load: %1")
                    .arg(loader.errorString())};
    auto *factory = qobject_cast<RecordingPlaybackFactory *>(instance);
    if (!factory)
        return {nullptr, QCoreApplication::translate("RecordingPlaybackLoader",
                                                     "%1 is not this program's playback module")
                             .arg(QDir::toNativeSeparators(path))};
    return {factory, {}};
}

const LoadedModule &module()
{
    static const LoadedModule loaded = load();
    return loaded;
}

} // namespace

RecordingPlaybackFactory *RecordingPlaybackLoader::factory()
{
    return module().factory;
}

QString RecordingPlaybackLoader::whyNot()
{
    return module().whyNot;
}

QString RecordingPlaybackLoader::moduleFolderFor(const QString &applicationDir)
{
    // Never both: an installed program never loads code from the folder it happened to be built in.
    const QString buildTree = QStringLiteral(MI_BUILD_TREE);
    const QString appDir = QDir::cleanPath(applicationDir);
    if (appDir == buildTree || appDir.startsWith(buildTree + QLatin1Char('/')))
        return QStringLiteral(MI_PLAYBACK_BUILD_DIR);
    return QDir::cleanPath(appDir + QLatin1Char('/') + QStringLiteral(MI_PLAYBACK_INSTALL_DIR_FROM_BIN));
}

QString RecordingPlaybackLoader::moduleFileName()
{
    return QStringLiteral(MI_PLAYBACK_FILE_NAME);
}
