#include "recordingcommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "exitcode.h"
#include "interruptnotifier.h"
#include "relatedcommand.h"
#include "suggestedcommand.h"

#include "message/messagesummary.h"
#include "related/relatedlinks.h"
#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using Category = InspectionFailure::Category;

namespace {

bool isStdout(const QString &target)
{
    return target == u"-"_s;
}

} // namespace

RecordingCommand::RecordingCommand(CliContext &cli, QObject *parent)
    : CliSubcommand(cli, parent)
{}

RecordingCommand::~RecordingCommand()
{
    // The program is ending: the lookup's own completion is of no interest any more.
    if (m_lookup) {
        disconnect(m_lookup, nullptr, this, nullptr);
        m_lookup->cancel();
    }
}

int RecordingCommand::refuse(const InspectionFailure &failure)
{
    return m_cli.fail(failure);
}

void RecordingCommand::run(const CliCommand &command, Done done)
{
    m_done = std::move(done);
    m_target = command.outputFile;
    m_force = command.force;
    m_timeoutGiven = command.timeoutMs.has_value();
    m_maxBytes = command.maxBytes.value_or(RecordingFile::defaultMaxBytes);
    const bool toStdout = isStdout(m_target);

    // Everything about the target is checked before anything is sent.
    if (toStdout && m_cli.stdoutIsTerminal()) {
        m_done(refuse(InspectionFailure::make(
            Category::Usage, InspectionFailure::usageKind,
            tr("The recording was not written to the terminal; nothing was sent"),
            tr("-o - writes the audio bytes to standard output, which is a terminal here."),
            tr("Redirect it (-o - > call.wav, or | a player), or give a file name with -o."))));
        return;
    }
    if (!toStdout) {
        const QFileInfo info(m_target);
        if (info.isDir()) {
            m_done(refuse(InspectionFailure::make(
                Category::Usage, InspectionFailure::usageKind,
                tr("%1 is a folder; nothing was sent").arg(m_target),
                tr("-o takes the name of the file to write."),
                tr("Add a file name, e.g. %1.").arg(QDir(m_target).filePath(u"recording.wav"_s)))));
            return;
        }
        if ((info.exists() || info.isSymLink()) && !m_force) {
            m_done(refuse(InspectionFailure::make(Category::Usage, QLatin1StringView("file_exists"),
                                                  tr("%1 already exists; nothing was sent").arg(m_target),
                                                  tr("The recording never replaces a file unless asked to."),
                                                  tr("Choose another name, or add --force to replace it."))));
            return;
        }
        if (!info.absoluteDir().exists()) {
            m_done(refuse(
                InspectionFailure::make(Category::Usage, InspectionFailure::usageKind,
                                        tr("The folder of %1 does not exist; nothing was sent").arg(m_target),
                                        tr("-o writes into an existing folder."),
                                        tr("Create the folder first, or choose another."))));
            return;
        }
    }

    m_interrupt = std::make_unique<InterruptNotifier>();
    connect(m_interrupt.get(), &InterruptNotifier::interrupted, this, [this] {
        m_interrupted = true;
        if (m_lookup)
            m_lookup->cancel(); // its finished() ends the run; the temporary file goes with it
    });
    m_cli.inspect(m_cli.lookupRequest(command, command.messageId), QString(),
                  [this](const Inspection &found) { onMessage(found); });
}

void RecordingCommand::onMessage(const Inspection &found)
{
    if (found.failure()) {
        m_done(m_cli.fail(*found.failure()));
        return;
    }
    if (m_interrupted) {
        m_done(ExitCodes::value(ExitCode::Interrupted));
        return;
    }
    m_messageId = found.result.messageId;
    const MessageAnalysis &analysis = found.analysis();
    if (!analysis.shape.hasMessage() || !RelatedLinks::isCall(analysis)) {
        const MessageSummary summary = MessageSummary::from(analysis);
        const QString type =
            summary.messageType.isBadge() ? summary.messageType.label : summary.messageTypeText;
        m_done(refuse(InspectionFailure::make(
            Category::Usage, QLatin1StringView("not_a_call"),
            tr("The message %1 is not a call, so it has no recording").arg(m_messageId),
            analysis.shape.hasMessage()
                ? tr("Its type is %1; only calls and voicemails (type 1 or 10, TYPE_CALL, "
                     "TYPE_VOICEMAIL) have a recording.")
                      .arg(SafeText::forDisplay(type, 60))
                : tr("The answer holds no message."),
            tr("“%1” shows what this message leads to.")
                .arg(SuggestedCommand::cli({u"related"_s, m_messageId})))));
        return;
    }
    RelatedLink recording;
    for (const RelatedLink &link : RelatedLinks::from(analysis)) {
        if (link.kind == RelatedLink::Kind::Recording)
            recording = link;
    }
    if (!recording.available) {
        m_done(refuse(InspectionFailure::make(
            Category::Usage, QLatin1StringView("invalid_input"),
            tr("The recording was not looked up; nothing was sent"), recording.unavailable,
            tr("The raw response shows the ids as the server sent them."))));
        return;
    }
    RelatedLookupOptions options = RelatedCommand::lookupOptions(found.result.request);
    options.maxRecordingBytes = m_maxBytes;
    ClientOptions client = options.clientOptions.value_or(ClientOptions());
    if (!m_timeoutGiven) {
        client.deadlineMs = downloadDeadlineMs;
        client.attemptTimeoutMs = downloadDeadlineMs;
    }
    options.clientOptions = client;
    m_lookup = RelatedLookup::start(m_cli.session(), recording, found.result.profile, options);
    connect(m_lookup, &RelatedLookup::finished, this, &RecordingCommand::onRecording);
}

void RecordingCommand::onRecording(const RelatedResult &result)
{
    m_lookup = nullptr;
    if (result.failure) {
        InspectionFailure failure = *result.failure;
        if (failure.kind == u"too_large"_s) {
            failure.title = tr("The recording is too large");
            failure.cause =
                tr("The recording is larger than the limit of %1, so the download was stopped and "
                   "its temporary file removed.")
                    .arg(QLocale().formattedDataSize(m_maxBytes));
            failure.nextStep = tr("If a recording that large is expected, allow more with --max-size (e.g. "
                                  "--max-size 200M).");
        }
        m_done(m_cli.fail(failure)); // the lookup removed its temporary file already
        return;
    }
    if (!result.recording) {
        m_done(refuse(InspectionFailure::make(Category::InvalidResponse, QLatin1StringView("empty_recording"),
                                              tr("The server sent no recording"))));
        return;
    }
    std::shared_ptr<RecordingFile> recording = result.recording;
    const QString error = save(*recording);
    const qint64 size = recording->size();
    const QString type = QString::fromLatin1(recording->contentType());
    recording.reset(); // the temporary file goes now (this was its last holder with the result)
    if (!error.isEmpty()) {
        m_done(refuse(InspectionFailure::make(Category::Usage, QLatin1StringView("file_unwritable"),
                                              tr("The recording could not be written to %1").arg(m_target),
                                              error, tr("Check the folder's space and permissions."))));
        return;
    }
    const QString where = isStdout(m_target) ? tr("standard output") : m_target;
    m_cli.writeErr(tr("Saved the recording of %1 to %2 (%3 bytes, %4).")
                       .arg(m_messageId, where, QLocale().toString(size),
                            type.isEmpty() ? tr("no content type") : type) +
                   u'\n');
    m_done(ExitCodes::value(ExitCode::Success));
}

QString RecordingCommand::save(RecordingFile &recording)
{
    if (isStdout(m_target)) {
        return recording.streamTo([this](const QByteArray &piece) {
            m_cli.writeOut(piece);
            return true; // a failed write is the CLI's to report (exit status 9)
        });
    }
    if (m_force) {
        // Replaced in one step: the old file stays whole until the new one is complete.
        QSaveFile out(m_target);
        if (!out.open(QIODevice::WriteOnly))
            return out.errorString();
        const QString error =
            recording.streamTo([&out](const QByteArray &piece) { return out.write(piece) == piece.size(); });
        if (!error.isEmpty()) {
            out.cancelWriting();
            return error + u' ' + out.errorString();
        }
        return out.commit() ? QString() : out.errorString();
    }
    // NewOnly: a file that appeared since the check is still never replaced.
    QFile out(m_target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QFileInfo::exists(m_target) ? tr("It exists now (it did not when the download started); add "
                                                "--force to replace it.")
                                           : out.errorString();
    const QString error =
        recording.streamTo([&out](const QByteArray &piece) { return out.write(piece) == piece.size(); });
    if (!error.isEmpty() || !out.flush()) {
        const QString why = error.isEmpty() ? out.errorString() : error + u' ' + out.errorString();
        out.close();
        out.remove(); // no half recording left behind
        return why;
    }
    out.close();
    return {};
}
