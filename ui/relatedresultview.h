#pragma once

#include "session/inspectionresult.h"

#include <QList>
#include <QWidget>

#include <memory>

class FieldsView;
class HttpView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTimer;
class RawJsonView;
namespace Json {
class JsonFilterProxyModel;
class JsonTreeModel;
} // namespace Json

// One tab of the Related panel: the typed view of a related answer (the thread, the call, the conversation,
// the contact) and the same Fields / Raw JSON / HTTP views the window shows for a message, for the requests
// that answer took (a picker chooses among them when there were several: the emails of a thread, the pages
// of a conversation).
class RelatedResultView : public QWidget
{
    Q_OBJECT

public:
    RelatedResultView(QWidget *typedView, const QString &typedTitle, QWidget *parent = nullptr);
    ~RelatedResultView() override;

    // Adds the requests of one related lookup (each a full InspectionResult) and shows the last of them.
    void addExchanges(const QList<InspectionResult> &exchanges);
    int exchangeCount() const { return int(m_exchanges.size()); }
    void showExchange(int index);
    int shownExchange() const { return m_shown; }

    QWidget *typedView() const { return m_typed; }
    QTabWidget *tabs() const { return m_tabs; }
    FieldsView *fieldsView() const { return m_fields; }
    RawJsonView *rawView() const { return m_raw; }
    HttpView *httpView() const { return m_http; }
    QComboBox *exchangePicker() const { return m_picker; }
    Json::JsonTreeModel *treeModel() const { return m_model.get(); }

    // The most requests kept for the views (the oldest go first): a conversation has at most ten pages, a
    // thread at most RelatedLinks::maxThreadEmails emails.
    static constexpr int maxExchanges = 120;

signals:
    void copied(const QString &what);

private:
    void copyCurl();

    QWidget *m_typed;
    QTabWidget *m_tabs;
    QComboBox *m_picker;
    QLabel *m_pickerLabel;
    FieldsView *m_fields;
    RawJsonView *m_raw;
    HttpView *m_http;
    QTimer *m_filterDelay;
    std::unique_ptr<Json::JsonTreeModel> m_model;
    std::unique_ptr<Json::JsonFilterProxyModel> m_filter;
    QList<InspectionResult> m_exchanges;
    int m_shown = -1;
};
