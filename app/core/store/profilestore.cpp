#include "profilestore.h"

#include "common/logging.h"
#include "secrets/tokenvault.h"

#include <QDate>
#include <QMetaObject>
#include <QSettings>

using Status = TokenStoreResult::Status;

namespace {

const QString arrayKey = QStringLiteral("profiles");
const QString defaultKey = QStringLiteral("defaultProfile");

QString describeBadChar(QChar c)
{
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return ProfileStore::tr("a control character");
    return ProfileStore::tr("the character “%1”").arg(c);
}

QString checkName(const QString &name)
{
    if (name.isEmpty())
        return ProfileStore::tr("Enter a profile name, for example the sub-account's name.");
    if (name.size() > ProfileStore::maxNameLength)
        return ProfileStore::tr("The profile name is too long (%1 characters; at most %2).")
            .arg(name.size())
            .arg(ProfileStore::maxNameLength);
    for (const QChar c : name) {
        if (!c.isPrint())
            return ProfileStore::tr("The profile name cannot contain %1.").arg(describeBadChar(c));
    }
    return {};
}

QString checkApiVersion(const QString &version)
{
    const QDate date = QDate::fromString(version, QStringLiteral("yyyy-MM-dd"));
    if (version.size() != 10 || !date.isValid())
        return ProfileStore::tr("The API version is a date like %1 (the value HighLevel documents for this "
                                "endpoint); “%2” is not one.")
            .arg(Profile::defaultApiVersion(), version);
    return {};
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    load();
}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    qRegisterMetaType<ProfileChange>();
    m_profiles.clear();
    const int count = m_settings->beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile p;
        p.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        p.baseUrl = QUrl(
            m_settings->value(QStringLiteral("baseUrl"), Profile::defaultBaseUrl().toString()).toString());
        p.apiVersion =
            m_settings->value(QStringLiteral("apiVersion"), Profile::defaultApiVersion()).toString();
        p.note = m_settings->value(QStringLiteral("note")).toString();
        p.webAppUrl =
            QUrl(m_settings->value(QStringLiteral("webAppUrl"), Profile::defaultWebAppUrl().toString())
                     .toString());
        // A hand-edited file may hold nonsense: keep what is usable, drop what is not.
        if (checkName(p.name).isEmpty() && indexOf(p.name) < 0)
            m_profiles.append(p);
        else
            qCWarning(lcStore) << "ignoring an unusable profile entry" << i;
    }
    m_settings->endArray();
    m_default = m_settings->value(defaultKey).toString();

    if (m_profiles.isEmpty()) {
        Profile first;
        first.name = Profile::firstRunName();
        m_profiles.append(first);
        m_default = first.name;
        save();
    } else if (indexOf(m_default) < 0) {
        m_default = m_profiles.first().name;
    }
}

QString ProfileStore::save()
{
    m_settings->remove(arrayKey);
    m_settings->beginWriteArray(arrayKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
        m_settings->setValue(QStringLiteral("apiVersion"), p.apiVersion);
        m_settings->setValue(QStringLiteral("note"), p.note);
        m_settings->setValue(QStringLiteral("webAppUrl"), p.webAppUrl.toString());
    }
    m_settings->endArray();
    m_settings->setValue(defaultKey, m_default);
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        m_lastError =
            tr("The profiles could not be saved to %1. They are kept for this session; check that the "
               "file can be written.")
                .arg(m_settings->fileName());
        qCWarning(lcStore) << "settings not written:" << m_settings->fileName();
    } else {
        m_lastError.clear();
    }
    emit profilesChanged();
    return m_lastError;
}

int ProfileStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    for (const Profile &p : m_profiles)
        result << p.name;
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

Profile ProfileStore::defaultProfile() const
{
    return profile(m_default).value_or(m_profiles.first());
}

QString ProfileStore::setDefaultProfile(const QString &name)
{
    if (indexOf(name) < 0)
        return tr("There is no profile called “%1”.").arg(name);
    m_default = name;
    return save();
}

InputValidation::Checked<Profile> ProfileStore::validate(const Profile &candidate,
                                                         const QString &replacing) const
{
    Profile p = candidate;
    p.name = p.name.trimmed();
    if (const QString error = checkName(p.name); !error.isEmpty())
        return {{}, error};
    for (const Profile &other : m_profiles) {
        if (other.name != replacing && other.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return {{}, tr("A profile called “%1” already exists. Choose another name.").arg(other.name)};
    }
    const auto base = InputValidation::baseUrl(p.baseUrl.toString());
    if (!base.ok())
        return {{}, base.error};
    p.baseUrl = base.value;
    p.apiVersion = p.apiVersion.trimmed();
    if (const QString error = checkApiVersion(p.apiVersion); !error.isEmpty())
        return {{}, error};
    p.note = p.note.trimmed();
    if (p.note.size() > maxNoteLength)
        return {
            {},
            tr("The note is too long (%1 characters; at most %2).").arg(p.note.size()).arg(maxNoteLength)};
    const auto web = InputValidation::baseUrl(p.webAppUrl.toString());
    if (!web.ok())
        return {{},
                tr("The web-app address must be an https:// address such as %1 (or your agency's own "
                   "domain).")
                    .arg(Profile::defaultWebAppUrl().toString())};
    p.webAppUrl = web.value;
    return {p, {}};
}

QString ProfileStore::create(const Profile &profile)
{
    const auto checked = validate(profile);
    if (!checked.ok())
        return checked.error;
    m_profiles.append(checked.value);
    return save();
}

QString ProfileStore::update(const Profile &profile)
{
    const int i = indexOf(profile.name);
    if (i < 0)
        return tr("There is no profile called “%1”.").arg(profile.name);
    if (m_busy.contains(profile.name))
        return tr("The profile “%1” is being renamed or removed; try again in a moment.").arg(profile.name);
    const auto checked = validate(profile, profile.name);
    if (!checked.ok())
        return checked.error;
    m_profiles[i] = checked.value;
    return save();
}

QString ProfileStore::rename(const QString &from, const QString &to)
{
    const int i = indexOf(from);
    if (i < 0)
        return tr("There is no profile called “%1”.").arg(from);
    if (m_busy.contains(from))
        return tr("The profile “%1” is already being renamed or removed.").arg(from);
    Profile renamed = m_profiles.at(i);
    renamed.name = to;
    const auto checked = validate(renamed, from);
    if (!checked.ok())
        return checked.error;
    const QString newName = checked.value.name;
    if (newName == from)
        return tr("The profile is already called “%1”.").arg(from);
    for (const QString &busy : std::as_const(m_busy)) {
        if (busy.compare(newName, Qt::CaseInsensitive) == 0)
            return tr("A profile called “%1” is being renamed or removed; try again in a moment.").arg(busy);
    }

    m_busy << from << newName;
    ProfileChange change;
    change.kind = ProfileChange::Kind::Rename;
    change.name = from;
    change.newName = newName;
    if (!m_vault) {
        QMetaObject::invokeMethod(
            this, [this, change]() mutable { finishChange(change); }, Qt::QueuedConnection);
        return {};
    }
    const quint64 id = m_vault->move(from, newName);
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_vault, &TokenVault::finished, this,
                          [this, id, change, connection](const TokenStoreResult &r) mutable {
                              if (r.id != id)
                                  return;
                              disconnect(*connection);
                              delete connection;
                              change.keychain = r;
                              finishChange(change);
                          });
    return {};
}

QString ProfileStore::remove(const QString &name)
{
    if (indexOf(name) < 0)
        return tr("There is no profile called “%1”.").arg(name);
    if (m_busy.contains(name))
        return tr("The profile “%1” is already being renamed or removed.").arg(name);
    if (m_profiles.size() == 1)
        return tr("“%1” is the only profile, and one is always needed. Create another profile first.")
            .arg(name);

    m_busy << name;
    ProfileChange change;
    change.kind = ProfileChange::Kind::Remove;
    change.name = name;
    if (!m_vault) {
        QMetaObject::invokeMethod(
            this, [this, change]() mutable { finishChange(change); }, Qt::QueuedConnection);
        return {};
    }
    const quint64 id = m_vault->forget(name);
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_vault, &TokenVault::finished, this,
                          [this, id, change, connection](const TokenStoreResult &r) mutable {
                              if (r.id != id)
                                  return;
                              disconnect(*connection);
                              delete connection;
                              change.keychain = r;
                              finishChange(change);
                          });
    return {};
}

void ProfileStore::finishChange(ProfileChange change)
{
    const bool rename = change.kind == ProfileChange::Kind::Rename;
    m_busy.removeAll(change.name);
    if (rename)
        m_busy.removeAll(change.newName);

    // Without a keychain there is no entry to move or forget; the session token (if any) followed in memory.
    const Status status = m_vault ? change.keychain.status : Status::Ok;
    const bool keychainDone = status == Status::Ok || status == Status::NoKeychain;
    if (!keychainDone) {
        change.ok = false;
        change.message = (rename ? tr("The profile “%1” was not renamed: %2")
                                 : tr("The profile “%1” was not removed, because its token could not be "
                                      "removed from the keychain: %2"))
                             .arg(change.name, change.keychain.message);
        emit changeFinished(change);
        return;
    }
    if (rename)
        applyRename(change.name, change.newName);
    else
        applyRemove(change.name);
    change.ok = m_lastError.isEmpty();
    if (!change.ok)
        change.message = m_lastError;
    else if (rename)
        change.message = tr("The profile “%1” is now called “%2”.").arg(change.name, change.newName);
    else
        change.message = tr("The profile “%1” and its saved token were removed.").arg(change.name);
    emit changeFinished(change);
}

void ProfileStore::applyRename(const QString &from, const QString &to)
{
    const int i = indexOf(from);
    if (i < 0)
        return;
    m_profiles[i].name = to;
    if (m_default == from)
        m_default = to;
    save();
}

void ProfileStore::applyRemove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return;
    m_profiles.removeAt(i);
    if (m_default == name)
        m_default = m_profiles.first().name;
    save();
}
