#pragma once

#include "api/apiresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

// The HTTP tab: the request as sent (token redacted), the response status line and headers in the order
// received (rate-limit headers highlighted), size, time and attempts, and "Copy as cURL".
class HttpView : public QWidget
{
    Q_OBJECT

public:
    explicit HttpView(QWidget *parent = nullptr);

    void setResult(const ApiResult &result);
    void clear();

    // The tree as "Section / name: value" lines, for tests and "Copy all".
    QString text() const;
    QTreeWidget *tree() const { return m_tree; }

signals:
    void copyCurlRequested(bool includeToken);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidget *m_tree;
    QLabel *m_empty;
    QPushButton *m_copyCurl;
    QPushButton *m_copyCurlWithToken;
};
