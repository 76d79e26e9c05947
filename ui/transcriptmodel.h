#pragma once

#include "related/transcription.h"

#include <QAbstractTableModel>

// A call's transcript, one row per sentence in the order sent: when it was said (a click seeks the player
// there), which side of the call spoke, the words, and how sure the transcription was.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,       // "0:02 – 1:05"
        SpeakerColumn,    // "Channel 1"
        TextColumn,       // the words, escaped
        ConfidenceColumn, // "88 %"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        StartMsRole = Qt::UserRole + 1, // qint64: where the sentence starts, or -1 when not sent
    };
    Q_ENUM(Role)

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscription(const Transcription &transcription);
    void clear();
    // The row being spoken at ms (the last sentence that started at or before it), or -1.
    int rowAt(qint64 ms) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TranscriptSentence> m_sentences;
};
