#include "multiget.h"

#include "jsonlines.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MultiGet)
};

// Shown ids are escaped and cut: an id is at most 128 characters, but it still came from the user.
QString shown(const QString &id)
{
    return SafeText::forDisplay(id, 40);
}

} // namespace

MultiGet::MultiGet(OutputFormat format, Hooks hooks)
    : m_format(format)
    , m_hooks(std::move(hooks))
{}

bool MultiGet::endsTheRun(const Inspection &inspection)
{
    if (!inspection.failure())
        return false;
    if (!inspection.result.wasSent())
        return true; // refused before sending: the profile, the base URL or the token, the same for every id
    switch (inspection.exitCode()) {
    case ExitCode::Authentication:
    case ExitCode::RateLimited:
    case ExitCode::Network:
    case ExitCode::Interrupted:
        return true;
    default:
        return false;
    }
}

InspectionFailure MultiGet::notSent(const QString &stopId, const InspectionFailure &stop)
{
    InspectionFailure failure = InspectionFailure::make(
        stop.category, QLatin1StringView("not_sent"), Tr::tr("Not looked up"),
        Tr::tr("The lookup of %1 failed (“%2”) in a way that would repeat for every id, so the rest were not "
               "sent.")
            .arg(shown(stopId), stop.title),
        Tr::tr("Fix that first, then run the command again."));
    return failure;
}

void MultiGet::write(const Inspection &inspection, const QString &id)
{
    if (m_format == OutputFormat::Json) {
        Inspection named = inspection;
        if (named.result.failure && named.result.failure->detail.isEmpty() && !named.result.wasSent())
            named.result.failure->detail = Tr::tr("Message id: %1").arg(id); // no request member names it
        m_hooks.writeOut(JsonLines::line(m_hooks.render(named)));
        ++m_written;
    } else if (!inspection.failure()) {
        QByteArray bytes = m_hooks.render(inspection);
        const bool blocks = m_format == OutputFormat::Summary || m_format == OutputFormat::Tree ||
                            m_format == OutputFormat::Problems;
        if (blocks) {
            // Which id each block answers: the summary names it itself; tree and problems get a heading.
            if (m_format != OutputFormat::Summary)
                bytes.prepend((Tr::tr("Message %1").arg(shown(id)) + QLatin1Char('\n')).toUtf8());
            if (m_written > 0)
                bytes.prepend('\n');
        } else if (!bytes.isEmpty() && !bytes.endsWith('\n')) {
            bytes.append('\n'); // one body per line group: the next body starts on a line of its own
        }
        m_hooks.writeOut(bytes);
        ++m_written;
    }
    if (inspection.failure()) {
        InspectionFailure named = *inspection.failure();
        named.title = Tr::tr("%1: %2").arg(shown(id), named.title);
        m_hooks.writeErr(m_hooks.failureText(named));
    }
}

void MultiGet::run(const QStringList &ids, std::function<void(ExitCode)> done)
{
    m_ids = ids;
    m_index = 0;
    m_worst = ExitCode::Success;
    m_done = std::move(done);
    next();
}

void MultiGet::next()
{
    if (m_index >= m_ids.size()) {
        m_done(m_worst);
        return;
    }
    m_hooks.lookUp(m_ids.at(m_index), [this](const Inspection &inspection) { onResult(inspection); });
}

void MultiGet::onResult(const Inspection &inspection)
{
    write(inspection, m_ids.at(m_index));
    m_worst = ExitCodes::worst(m_worst, inspection.exitCode());
    if (endsTheRun(inspection)) {
        stopAfter(inspection);
        m_done(m_worst);
        return;
    }
    ++m_index;
    next();
}

void MultiGet::stopAfter(const Inspection &inspection)
{
    const QString stopId = m_ids.at(m_index);
    const QStringList rest = m_ids.mid(m_index + 1);
    if (rest.isEmpty())
        return;
    const InspectionFailure skipped = notSent(stopId, *inspection.failure());
    if (m_format == OutputFormat::Json) {
        for (const QString &id : rest) {
            // No request was made, so the object names its id in the error's detail.
            InspectionFailure none = skipped;
            none.detail = Tr::tr("Message id: %1").arg(id);
            m_hooks.writeOut(JsonLines::line(m_hooks.render(Inspection::refused(none))));
        }
    }
    QStringList names;
    for (const QString &id : rest.mid(0, 10))
        names << shown(id);
    if (rest.size() > 10)
        names << QStringLiteral("…");
    m_hooks.writeErr(Tr::tr("note: stopped after %1; %2 not looked up: %3")
                         .arg(shown(stopId),
                              rest.size() == 1 ? Tr::tr("1 id was")
                                               : Tr::tr("%1 ids were").arg(QLocale().toString(rest.size())),
                              names.join(QStringLiteral(", "))) +
                     QLatin1Char('\n'));
}
