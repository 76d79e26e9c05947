#include "transcriptmodel.h"

#include "text/safetext.h"
#include "json/jsondocument.h"

#include <QLocale>

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TranscriptModel::setTranscription(const Transcription &transcription)
{
    beginResetModel();
    m_sentences = transcription.sentences;
    endResetModel();
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_sentences.clear();
    endResetModel();
}

int TranscriptModel::rowAt(qint64 ms) const
{
    int found = -1;
    for (int i = 0; i < m_sentences.size(); ++i) {
        const auto start = m_sentences.at(i).startMs;
        if (start && *start <= ms)
            found = i;
    }
    return found;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sentences.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptSentence &s = m_sentences.at(index.row());
    if (role == StartMsRole)
        return s.startMs ? *s.startMs : qint64(-1);
    if (role == Qt::ToolTipRole && index.column() == TimeColumn && s.startMs)
        return tr("Click to play from %1").arg(Transcription::timeText(*s.startMs));
    if (role == Qt::TextAlignmentRole && index.column() == ConfidenceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        if (!s.startMs)
            return QStringLiteral("—");
        if (!s.endMs)
            return Transcription::timeText(*s.startMs);
        return tr("%1 – %2").arg(Transcription::timeText(*s.startMs), Transcription::timeText(*s.endMs));
    case SpeakerColumn:
        return s.channel ? tr("Channel %1").arg(*s.channel) : QStringLiteral("—");
    case TextColumn:
        return SafeText::forDisplay(s.text, 2000);
    case ConfidenceColumn:
        return s.confidence ? tr("%1 %").arg(qRound(*s.confidence * 100)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("What was said");
    case ConfidenceColumn:
        return tr("Confidence");
    case ColumnCount:
        break;
    }
    return {};
}
