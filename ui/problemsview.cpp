#include "problemsview.h"

#include "plaintext.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("problemsList"));
    PlainText::showItemToolTipsLiterally(m_list); // findings quote keys and values of the response
    m_list->setAccessibleName(tr("Problems"));
    m_list->setHeaderLabels({tr("Severity"), tr("Where"), tr("Problem")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("problemsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);

    // Moving through the list (arrow keys, a click) only selects, so it can be read with the keyboard;
    // activating a row (Enter, double-click) shows its node in the Fields tab.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit pathActivated(item->data(1, Qt::UserRole).toString());
    });
    clear();
}

void ProblemsView::clear()
{
    setFindings({});
    m_empty->setText(tr("Nothing loaded yet."));
}

void ProblemsView::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    m_list->clear();
    for (const Finding &finding : findings) {
        auto *item = new QTreeWidgetItem(
            m_list, {Finding::severityLabel(finding.severity), finding.path, finding.message});
        item->setData(1, Qt::UserRole, finding.path);
        item->setToolTip(2, finding.message + QStringLiteral("\n(") + finding.code + QLatin1Char(')'));
        const QStyle::StandardPixmap icon =
            finding.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
            : finding.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                             : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
    }
    m_list->setVisible(!findings.isEmpty());
    m_empty->setVisible(findings.isEmpty());
    m_empty->setText(tr("No problems: the response matches the documented schema."));
}

QString ProblemsView::text() const
{
    QStringList lines;
    for (const Finding &finding : m_findings)
        lines << Finding::severityName(finding.severity) % QLatin1Char(' ') % finding.path %
                     QLatin1Char(' ') % finding.message;
    return lines.join(QLatin1Char('\n'));
}
