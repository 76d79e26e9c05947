#pragma once

#include "batch/batchtally.h"

#include <QList>
#include <QWidget>

class FlowLayout;
class TallyChip;

// The tally at the top of a batch as a row of painted chips ("31 delivered", "6 failed", "3 not found"),
// coloured by meaning like the table's chips, wrapping when the window is narrow. A chip is a button:
// choosing one shows only its rows (entrySelected), choosing it again shows every row.
class BatchTallyBar : public QWidget
{
    Q_OBJECT

public:
    explicit BatchTallyBar(QWidget *parent = nullptr);

    void setTally(const BatchTally &tally);
    // "31 delivered · 6 failed · 3 not found", as BatchTally::text() says it.
    QString text() const { return m_text; }
    QStringList chipTexts() const;

    // The entry chosen; an empty key when none is.
    QString selectedKey() const { return m_selectedKey; }
    bool selectedIsMessageStatus() const { return m_selectedStatus; }
    // The chosen entry's words ("failed", "not found"); empty when none is chosen.
    QString selectedLabel() const;
    // Chooses the entry (as a click does); an empty key or one not in the tally chooses none.
    void select(const QString &key, bool messageStatus);

signals:
    void entrySelected(const QString &key, bool messageStatus);

private:
    void updateChecks();

    FlowLayout *m_layout;
    QList<TallyChip *> m_chips;
    QList<BatchTally::Entry> m_entries;
    QString m_text;
    QString m_selectedKey;
    bool m_selectedStatus = false;
};
