#pragma once

#include "message/finding.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// The Problems tab: where the response disagrees with the documented schema, one row per finding with its
// severity, JSON path and a plain sentence. Activating a row (Enter, double-click) asks the window to show
// that node in Fields; moving the selection does not.
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    void clear();
    int count() const { return int(m_findings.size()); }
    QTreeWidget *list() const { return m_list; }
    // The findings as "severity path message" lines, for tests and copying.
    QString text() const;

signals:
    void pathActivated(const QString &jsonPath);

private:
    QList<Finding> m_findings;
    QTreeWidget *m_list;
    QLabel *m_empty;
};
