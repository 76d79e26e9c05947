#pragma once

#include "api/inputvalidation.h"
#include "secrets/tokenstoreresult.h"
#include "store/profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;
class TokenVault;

// The end of an asynchronous rename or removal: exactly one per accepted call.
struct ProfileChange
{
    enum class Kind
    {
        Rename,
        Remove
    };
    Kind kind = Kind::Rename;
    QString name;    // the profile as it was called before
    QString newName; // Rename only
    bool ok = false; // false: the settings were left unchanged
    QString message; // plain language; never contains a token
    // What the keychain said last (Move or Forget; for a rename rolled back, the move back); default when no
    // vault is set.
    TokenStoreResult keychain;
};
Q_DECLARE_METATYPE(ProfileChange)

// Profiles in QSettings (never a secret there). A first run gets one profile, "Default". Every change is
// validated first; a refused change leaves everything as it was and says why.
//
// Rename and remove also move or forget the profile's token through the TokenVault (when one is set). The
// keychain goes first and the settings follow only when it succeeded, so a locked or silent keychain never
// leaves a profile without its token. When the settings then cannot be written (read-only file, full disk),
// a rename is rolled back: the old name in memory and the token moved back in the keychain, so the next
// start finds the profile with its token.
//
// A keychain entry left under a name no profile uses (a rename whose removal of the old entry failed or
// timed out, or whose write timed out and may land later) is remembered in the settings and removed later:
// when a vault is set (at start), and whenever the keychain answers a request late. A profile created
// under such a name takes it over, with the stale entry removed first.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxNameLength = 64;
    static constexpr int maxNoteLength = 2000;

    // The application's own settings (QSettings with the organisation and application names).
    explicit ProfileStore(QObject *parent = nullptr);
    // An INI file of its own, e.g. for the command line's --settings or tests.
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    // Also starts removing the stale keychain entries remembered from earlier sessions.
    void setVault(TokenVault *vault);

    QList<Profile> profiles() const { return m_profiles; }
    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    QString defaultProfileName() const { return m_default; }
    Profile defaultProfile() const;
    // Returns an error message, or empty when done.
    QString setDefaultProfile(const QString &name);

    // Checks a profile as it would be stored: the name (trimmed) is non-empty, at most maxNameLength
    // characters, printable and unique (ignoring case; `replacing` is the profile being edited); the base URL
    // passes InputValidation::baseUrl; the API version is a date like 2021-04-15; the web-app address is
    // https.
    InputValidation::Checked<Profile> validate(const Profile &candidate, const QString &replacing = {}) const;

    // Returns an error message, or empty when the profile was stored.
    QString create(const Profile &profile);
    // Changes everything but the name (use rename for that). Returns an error message or empty.
    QString update(const Profile &profile);

    // Start a rename or removal. An empty return means it started and changeFinished() follows exactly once;
    // otherwise the message says why nothing was started.
    QString rename(const QString &from, const QString &to);
    QString remove(const QString &name);

    // Settings could not be written (read-only file, full disk): the last error, or empty.
    QString lastError() const { return m_lastError; }

    // Names whose keychain entries are still to be removed (no profile uses them); names only, no secret.
    QStringList staleKeychainEntries() const { return m_stale; }
    static constexpr int maxStaleEntries = 100;

signals:
    void profilesChanged();
    void changeFinished(const ProfileChange &change);

private:
    void load();
    QString save();
    int indexOf(const QString &name) const;
    void finishChange(ProfileChange change);
    void applyRename(const QString &from, const QString &to, bool sourceKept);
    void rollBackRename(ProfileChange change, const QString &settingsError);
    void applyRemove(const QString &name);
    void rememberStale(const QString &name);
    void takeOverName(const QString &name);
    void removeStaleEntries();
    void removeStale(const QString &name);
    QString checkWritable() const;

    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
    QString m_default;
    QString m_lastError;
    TokenVault *m_vault = nullptr;
    QStringList m_busy;     // profiles with a rename or removal in flight
    QStringList m_stale;    // keychain entries under names no profile uses, to be removed
    QStringList m_removing; // stale entries whose removal is in flight
};
