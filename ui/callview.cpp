#include "callview.h"

#include "badgelabel.h"
#include "common/counttext.h"
#include "message/messagesummary.h"
#include "plaintext.h"
#include "recordingplayback.h"
#include "recordingplaybackloader.h"
#include "transcriptmodel.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

CallView::CallView(QWidget *parent)
    : QWidget(parent)
    , m_callFacts(new QLabel(this))
    , m_status(new BadgeLabel(this))
    , m_fetchRecording(new QPushButton(tr("Fetch the &recording"), this))
    , m_fetchTranscript(new QPushButton(tr("Fetch the &transcript"), this))
    , m_recordingNote(new QLabel(this))
    , m_transcriptNote(new QLabel(this))
    , m_play(new QToolButton(this))
    , m_position(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_save(new QPushButton(tr("&Save recording…"), this))
    , m_playerNote(new QLabel(this))
    , m_transcript(new QTreeView(this))
    , m_transcriptModel(new TranscriptModel(this))
{
    m_callFacts->setObjectName(QStringLiteral("callFacts"));
    m_callFacts->setTextFormat(Qt::PlainText);
    m_recordingNote->setObjectName(QStringLiteral("recordingNote"));
    m_recordingNote->setTextFormat(Qt::PlainText);
    m_recordingNote->setWordWrap(true);
    m_transcriptNote->setObjectName(QStringLiteral("transcriptNote"));
    m_transcriptNote->setTextFormat(Qt::PlainText);
    m_transcriptNote->setWordWrap(true);
    m_playerNote->setObjectName(QStringLiteral("playerNote"));
    m_playerNote->setTextFormat(Qt::PlainText);
    m_playerNote->setWordWrap(true);
    m_fetchRecording->setObjectName(QStringLiteral("callFetchRecording"));
    m_fetchRecording->setToolTip(tr("Downloads the call's audio into a private temporary file (removed when "
                                    "this tab or the window closes)."));
    m_fetchTranscript->setObjectName(QStringLiteral("callFetchTranscript"));
    m_play->setObjectName(QStringLiteral("callPlay"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play"));
    m_play->setToolTip(tr("Play or pause the recording"));
    m_position->setObjectName(QStringLiteral("callPosition"));
    m_position->setAccessibleName(tr("Position in the recording"));
    m_time->setObjectName(QStringLiteral("callTime"));
    m_save->setObjectName(QStringLiteral("callSave"));
    m_transcript->setObjectName(QStringLiteral("transcriptList"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setModel(m_transcriptModel);
    m_transcript->setRootIsDecorated(false);
    m_transcript->setUniformRowHeights(true);
    m_transcript->setAlternatingRowColors(true);
    m_transcript->header()->setStretchLastSection(false);
    m_transcript->header()->setSectionResizeMode(TranscriptModel::TextColumn, QHeaderView::Stretch);
    m_transcript->setColumnWidth(TranscriptModel::TimeColumn, 110);
    m_transcript->setColumnWidth(TranscriptModel::SpeakerColumn, 90);
    m_transcript->setColumnWidth(TranscriptModel::ConfidenceColumn, 90);
    PlainText::showItemToolTipsLiterally(m_transcript);
    if (backendAvailable()) {
        RecordingPlayback::Events events;
        events.playingChanged = [this](bool playing) {
            m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
            m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
        };
        events.durationChanged = [this](qint64 ms) {
            m_position->setRange(0, int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
            updatePlayerState();
        };
        events.positionChanged = [this](qint64 ms) {
            if (!m_position->isSliderDown())
                m_position->setValue(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
            updatePlayerState();
        };
        events.failed = [this](const QString &why) { showPlayerProblem(why); };
        m_player = RecordingPlaybackLoader::factory()->create(std::move(events));
    }

    auto *facts = new QHBoxLayout;
    facts->addWidget(m_status);
    facts->addWidget(m_callFacts, 1);
    auto *player = new QHBoxLayout;
    player->addWidget(m_play);
    player->addWidget(m_position, 1);
    player->addWidget(m_time);
    player->addWidget(m_save);
    auto *recordingRow = new QHBoxLayout;
    recordingRow->addWidget(m_fetchRecording);
    recordingRow->addWidget(m_recordingNote, 1);
    auto *transcriptRow = new QHBoxLayout;
    transcriptRow->addWidget(m_fetchTranscript);
    transcriptRow->addWidget(m_transcriptNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(facts);
    layout->addLayout(recordingRow);
    layout->addLayout(player);
    layout->addWidget(m_playerNote);
    layout->addLayout(transcriptRow);
    layout->addWidget(m_transcript, 1);

    connect(m_fetchRecording, &QPushButton::clicked, this, &CallView::fetchRecordingRequested);
    connect(m_fetchTranscript, &QPushButton::clicked, this, &CallView::fetchTranscriptRequested);
    connect(m_save, &QPushButton::clicked, this, &CallView::saveWithDialog);
    connectTranscript();
    if (m_player)
        connectPlayer();
    m_recordingNote->setText(tr("The recording is fetched only when you ask: it may be megabytes."));
    m_transcriptNote->setText(tr("Not fetched yet."));
    updatePlayerState();
}

bool CallView::backendAvailable()
{
    RecordingPlaybackFactory *factory = RecordingPlaybackLoader::factory();
    return factory && factory->canDecode();
}

void CallView::connectPlayer()
{
    connect(m_play, &QToolButton::clicked, this, [this] {
        if (m_player->isPlaying())
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_position, &QSlider::sliderMoved, this, [this](int ms) { m_player->setPosition(ms); });
}

void CallView::connectTranscript()
{
    connect(m_transcript, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const qint64 start = index.data(TranscriptModel::StartMsRole).toLongLong();
        if (start >= 0)
            seek(start);
    });
    connect(m_transcript, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 start = index.data(TranscriptModel::StartMsRole).toLongLong();
        if (start >= 0)
            seek(start);
    });
}

CallView::~CallView()
{
    // The player lets go of the file before the last holder removes it, and no longer reports to this view.
    m_player.reset();
}

void CallView::setCall(const MessageSummary &summary)
{
    const Badge badge = summary.callStatus.isBadge() ? summary.callStatus : summary.status;
    m_status->setBadge(badge);
    m_status->setVisible(badge.isBadge());
    QStringList facts;
    facts << (summary.call.isEmpty() ? tr("Call") : tr("Call: %1").arg(summary.call));
    if (!summary.directionText.isEmpty() && summary.directionText != MessageSummary::absent())
        facts << summary.directionText;
    if (!summary.when.isEmpty() && summary.when != MessageSummary::absent())
        facts << summary.when;
    m_callFacts->setText(facts.join(QStringLiteral(" · ")));
}

void CallView::setRecordingNote(const QString &text)
{
    m_recordingNote->setText(text);
}

void CallView::setTranscriptNote(const QString &text)
{
    m_transcriptNote->setText(text);
}

void CallView::setRecording(std::shared_ptr<RecordingFile> recording)
{
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    m_recording = std::move(recording);
    if (m_recording) {
        m_recording->flush();
        m_recordingNote->setText(
            tr("Recording fetched: %1 (%2), kept in a private temporary file until "
               "this tab closes.")
                .arg(QLocale().formattedDataSize(m_recording->size()),
                     QString::fromLatin1(m_recording->contentType().isEmpty() ? QByteArray("audio")
                                                                              : m_recording->contentType())));
        m_playerNote->clear();
        if (playerAvailable())
            m_player->setSource(QUrl::fromLocalFile(m_recording->path()));
    }
    updatePlayerState();
}

void CallView::setTranscription(const Transcription &transcription)
{
    m_transcriptModel->setTranscription(transcription);
    if (transcription.sentences.isEmpty())
        m_transcriptNote->setText(tr("The transcript has no sentences."));
    else
        m_transcriptNote->setText(
            tr("%1. Click one to play the recording from there.")
                .arg(countText(transcription.sentences.size(), tr("1 sentence"), tr("%1 sentences"))));
}

void CallView::seek(qint64 ms)
{
    m_requestedPosition = ms;
    const int row = m_transcriptModel->rowAt(ms);
    if (row >= 0 && m_transcript->currentIndex().row() != row)
        m_transcript->setCurrentIndex(m_transcriptModel->index(row, 0));
    if (!m_recording) {
        m_playerNote->setText(tr("Fetch the recording to play it from %1.").arg(Transcription::timeText(ms)));
        return;
    }
    if (!playerAvailable())
        return;
    m_player->setPosition(ms);
    if (!m_player->isPlaying())
        m_player->play();
}

QUrl CallView::playerSource() const
{
    return m_player ? m_player->source() : QUrl();
}

QString CallView::recordingPath() const
{
    return m_recording ? m_recording->path() : QString();
}

bool CallView::playerAvailable() const
{
    return m_player && m_player->isAvailable();
}

QString CallView::playerNote() const
{
    return m_playerNote->text();
}

void CallView::showPlayerProblem(const QString &why)
{
    m_playerNote->setText(tr("The recording cannot be played here (%1). Save… still keeps a copy to play "
                             "elsewhere.")
                              .arg(why.isEmpty() ? tr("the player gave no reason") : why));
}

void CallView::updatePlayerState()
{
    const bool available = playerAvailable();
    const bool playable = m_recording && available;
    m_play->setEnabled(playable);
    m_position->setEnabled(playable);
    m_save->setEnabled(m_recording && !m_saving);
    m_fetchRecording->setEnabled(!m_recording);
    if (!available && m_playerNote->text().isEmpty()) {
        if (!RecordingPlaybackLoader::factory())
            m_playerNote->setText(
                tr("The recording cannot be played here: %1. Reinstalling Message Inspector "
                   "puts it back; Save… still keeps a copy to play elsewhere.")
                    .arg(RecordingPlaybackLoader::whyNot()));
        else
            m_playerNote->setText(
                tr("This computer has no working Qt Multimedia backend, so the recording "
                   "cannot be played here (on Debian and Ubuntu: install "
                   "gstreamer1.0-plugins-good). Save… still keeps a copy to play elsewhere."));
    }
    const auto time = [](qint64 ms) { return Transcription::timeText(std::max<qint64>(ms, 0)); };
    m_time->setText(tr("%1 / %2").arg(time(m_player ? m_player->position() : 0),
                                      time(m_player ? m_player->duration() : 0)));
}

void CallView::saveWithDialog()
{
    if (!m_recording)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the recording"), folder + QStringLiteral("/call") + m_recording->suggestedSuffix(),
        tr("Audio (*%1);;All files (*)").arg(m_recording->suggestedSuffix()));
    if (!path.isEmpty())
        saveTo(path);
}

void CallView::saveTo(const QString &path)
{
    if (!m_recording || m_saving) {
        emit saveFinished(false, path, m_saving ? tr("A copy is being saved already.") : tr("No recording."));
        return;
    }
    m_saving = true;
    updatePlayerState();
    // The copy holds the file too, so closing the tab meanwhile cannot remove it under the copy.
    std::shared_ptr<RecordingFile> recording = m_recording;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_saving = false;
        updatePlayerState();
        m_recordingNote->setText(error.isEmpty() ? tr("Saved a copy to %1.").arg(path) : error);
        emit saveFinished(error.isEmpty(), path, error);
    });
    watcher->setFuture(QtConcurrent::run([recording, path] { return recording->saveCopy(path); }));
}
