#include "profilestore.h"

#include "common/logging.h"
#include "related/webapplinks.h"
#include "secrets/tokenvault.h"

#include <QDate>
#include <QMetaObject>
#include <QSettings>

using Status = TokenStoreResult::Status;

namespace {

const QString arrayKey = QStringLiteral("profiles");
const QString defaultKey = QStringLiteral("defaultProfile");
// Names only, never a secret: where a keychain entry may still hold a copy of a token nobody uses.
const QString staleKey = QStringLiteral("staleKeychainEntries");

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
        // Only a plain "true" keeps bodies: a hand-edited value that is anything else keeps nothing.
        const QVariant keep = m_settings->value(QStringLiteral("keepResponseBodies"));
        p.keepResponseBodies = keep.typeId() == QMetaType::Bool
                                   ? keep.toBool()
                                   : keep.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        // The same rule: only a plain "true" turns automatic related lookups on.
        const QVariant fetchCheap = m_settings->value(QStringLiteral("fetchCheapRelatedAutomatically"));
        p.fetchCheapRelatedAutomatically =
            fetchCheap.typeId() == QMetaType::Bool
                ? fetchCheap.toBool()
                : fetchCheap.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        // A cap that is not a whole number of bytes within the bounds is dropped: the default applies.
        bool capOk = false;
        const qint64 cap = m_settings->value(QStringLiteral("maxResponseBytes")).toLongLong(&capOk);
        if (capOk && cap >= Profile::minMaxResponseBytes() && cap <= Profile::maxMaxResponseBytes())
            p.maxResponseBytes = cap;
        p.conversationLinkTemplate = m_settings->value(QStringLiteral("conversationLinkTemplate")).toString();
        p.contactLinkTemplate = m_settings->value(QStringLiteral("contactLinkTemplate")).toString();
        // A template that cannot be used is dropped: the default applies.
        if (!WebAppLinks::templateProblem(p.conversationLinkTemplate).isEmpty())
            p.conversationLinkTemplate.clear();
        if (!WebAppLinks::templateProblem(p.contactLinkTemplate).isEmpty())
            p.contactLinkTemplate.clear();
        // A hand-edited file may hold nonsense: keep what is usable, drop what is not.
        if (checkName(p.name).isEmpty() && indexOf(p.name) < 0)
            m_profiles.append(p);
        else
            qCWarning(lcStore) << "ignoring an unusable profile entry" << i;
    }
    m_settings->endArray();
    m_default = m_settings->value(defaultKey).toString();
    m_stale.clear();
    for (const QString &name : m_settings->value(staleKey).toStringList()) {
        // A profile using the name owns whatever the keychain holds under it now.
        if (checkName(name).isEmpty() && indexOf(name) < 0 && !m_stale.contains(name) &&
            m_stale.size() < maxStaleEntries)
            m_stale.append(name);
    }

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
        m_settings->setValue(QStringLiteral("keepResponseBodies"), p.keepResponseBodies);
        m_settings->setValue(QStringLiteral("fetchCheapRelatedAutomatically"),
                             p.fetchCheapRelatedAutomatically);
        // Only a cap of the profile's own is written, as the templates below.
        if (p.maxResponseBytes != Profile::defaultMaxResponseBytes())
            m_settings->setValue(QStringLiteral("maxResponseBytes"), p.maxResponseBytes);
        // Only a template of the profile's own is written: the defaults may improve with a later version.
        if (!p.conversationLinkTemplate.isEmpty())
            m_settings->setValue(QStringLiteral("conversationLinkTemplate"), p.conversationLinkTemplate);
        if (!p.contactLinkTemplate.isEmpty())
            m_settings->setValue(QStringLiteral("contactLinkTemplate"), p.contactLinkTemplate);
    }
    m_settings->endArray();
    m_settings->setValue(defaultKey, m_default);
    if (m_stale.isEmpty())
        m_settings->remove(staleKey);
    else
        m_settings->setValue(staleKey, m_stale);
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
    if (p.maxResponseBytes < Profile::minMaxResponseBytes() ||
        p.maxResponseBytes > Profile::maxMaxResponseBytes()) {
        const QLocale locale;
        return {
            {},
            tr("The largest answer must be between %1 and %2.")
                .arg(
                    locale.formattedDataSize(Profile::minMaxResponseBytes(), 0, QLocale::DataSizeIecFormat),
                    locale.formattedDataSize(Profile::maxMaxResponseBytes(), 0, QLocale::DataSizeIecFormat))};
    }
    for (QString *linkTemplate : {&p.conversationLinkTemplate, &p.contactLinkTemplate}) {
        *linkTemplate = linkTemplate->trimmed();
        if (const QString problem = WebAppLinks::templateProblem(*linkTemplate); !problem.isEmpty())
            return {{}, problem};
    }
    return {p, {}};
}

QString ProfileStore::create(const Profile &profile)
{
    const auto checked = validate(profile);
    if (!checked.ok())
        return checked.error;
    takeOverName(checked.value.name);
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

QString ProfileStore::checkWritable() const
{
    if (m_settings->isWritable())
        return {};
    return tr("The profiles cannot be saved to %1 (the file cannot be written), so nothing was changed. "
              "Check the file's permissions and try again.")
        .arg(m_settings->fileName());
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
    if (const QString error = checkWritable(); !error.isEmpty())
        return error;

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
    // A stale entry under the new name goes first (the keychain runs requests in order), so the move does
    // not find it in the way.
    takeOverName(newName);
    m_vault->move(from, newName).then(this, [this, change](const TokenStoreResult &result) mutable {
        change.keychain = result;
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
    if (const QString error = checkWritable(); !error.isEmpty())
        return error;

    m_busy << name;
    ProfileChange change;
    change.kind = ProfileChange::Kind::Remove;
    change.name = name;
    if (!m_vault) {
        QMetaObject::invokeMethod(
            this, [this, change]() mutable { finishChange(change); }, Qt::QueuedConnection);
        return {};
    }
    m_vault->forget(name).then(this, [this, change](const TokenStoreResult &result) mutable {
        change.keychain = result;
        finishChange(change);
    });
    return {};
}

void ProfileStore::finishChange(ProfileChange change)
{
    const bool rename = change.kind == ProfileChange::Kind::Rename;
    const auto release = [this, &change, rename] {
        m_busy.removeAll(change.name);
        if (rename)
            m_busy.removeAll(change.newName);
    };

    // Without a keychain there is no entry to move or forget; the session token (if any) followed in memory.
    const Status status = m_vault ? change.keychain.status : Status::Ok;
    const bool keychainDone = status == Status::Ok || status == Status::NoKeychain;
    if (!keychainDone) {
        release();
        if (rename && status == Status::TimedOut) {
            // The keychain may still write the token under the new name, which no profile has.
            rememberStale(change.newName);
            save();
            removeStaleEntries();
        }
        change.ok = false;
        change.message = (rename ? tr("The profile “%1” was not renamed: %2")
                                 : tr("The profile “%1” was not removed, because its token could not be "
                                      "removed from the keychain: %2"))
                             .arg(change.name, change.keychain.message);
        emit changeFinished(change);
        return;
    }
    if (rename) {
        applyRename(change.name, change.newName, m_vault && change.keychain.sourceKept);
        if (!m_lastError.isEmpty()) {
            rollBackRename(change, m_lastError);
            return;
        }
    } else {
        applyRemove(change.name);
    }
    release();
    change.ok = m_lastError.isEmpty();
    if (!change.ok)
        change.message = m_lastError;
    else if (rename)
        change.message = tr("The profile “%1” is now called “%2”.").arg(change.name, change.newName);
    else
        change.message = tr("The profile “%1” and its saved token were removed.").arg(change.name);
    removeStaleEntries();
    emit changeFinished(change);
}

void ProfileStore::applyRename(const QString &from, const QString &to, bool sourceKept)
{
    const int i = indexOf(from);
    if (i < 0)
        return;
    m_profiles[i].name = to;
    if (m_default == from)
        m_default = to;
    if (sourceKept)
        rememberStale(from);
    save();
}

void ProfileStore::rollBackRename(ProfileChange change, const QString &settingsError)
{
    qCWarning(lcStore) << "rename not saved; rolling back";
    const int i = indexOf(change.newName);
    if (i >= 0)
        m_profiles[i].name = change.name;
    if (m_default == change.newName)
        m_default = change.name;
    m_stale.removeAll(change.name);
    // QSettings keeps what it could not write and tries again later: give it the old state to keep.
    save();
    m_lastError = settingsError;
    change.ok = false;
    const QString notSaved =
        tr("The profile “%1” was not renamed: the profiles could not be saved to %2. Check that the file can "
           "be written.")
            .arg(change.name, m_settings->fileName());
    const auto release = [this, change] {
        m_busy.removeAll(change.name);
        m_busy.removeAll(change.newName);
    };
    if (!m_vault || change.keychain.status == Status::NoKeychain) {
        release();
        change.message = notSaved;
        emit changeFinished(change);
        return;
    }
    // The keychain already holds the token under the new name, which the next start would not know.
    m_vault->move(change.newName, change.name)
        .then(this, [this, change, notSaved, release](const TokenStoreResult &back) mutable {
            release();
            change.keychain = back;
            if (back.ok()) {
                change.message = notSaved + QLatin1Char(' ') + tr("Its token stays with it.");
                if (back.sourceKept) {
                    rememberStale(change.newName);
                    removeStaleEntries();
                }
            } else {
                change.message = notSaved + QLatin1Char(' ') +
                                 tr("Its token could not be moved back in the keychain, where it is saved "
                                    "for “%1”: %2")
                                     .arg(change.newName, back.message);
            }
            emit changeFinished(change);
        });
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

void ProfileStore::setVault(TokenVault *vault)
{
    m_vault = vault;
    if (!m_vault)
        return;
    // A late answer means the keychain is back: a good moment to retry what is left to clean up.
    connect(m_vault->store(), &TokenStore::lateAnswer, this, &ProfileStore::removeStaleEntries,
            Qt::UniqueConnection);
    removeStaleEntries();
}

void ProfileStore::rememberStale(const QString &name)
{
    if (!m_stale.contains(name) && m_stale.size() < maxStaleEntries)
        m_stale.append(name);
}

void ProfileStore::takeOverName(const QString &name)
{
    if (!m_stale.contains(name))
        return;
    if (!m_vault) {
        // Nothing can be removed now; the profile owns what the keychain holds under its name.
        m_stale.removeAll(name);
        return;
    }
    // Started before the new owner can save anything there: the keychain runs requests in order.
    removeStale(name);
}

void ProfileStore::removeStaleEntries()
{
    if (!m_vault)
        return;
    const QStringList names = m_stale;
    for (const QString &name : names) {
        // A profile took the name (its removal was tried then): what is there now may be its own token.
        if (indexOf(name) >= 0) {
            m_stale.removeAll(name);
            continue;
        }
        // A rename to this name is under way; a removal now would come after its move.
        if (m_busy.contains(name))
            continue;
        removeStale(name);
    }
}

void ProfileStore::removeStale(const QString &name)
{
    if (m_removing.contains(name))
        return;
    m_removing << name;
    m_vault->store()->forget(name).then(this, [this, name](const TokenStoreResult &result) {
        m_removing.removeAll(name);
        if (result.ok() && m_stale.removeAll(name) > 0)
            save();
    });
}
