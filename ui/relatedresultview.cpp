#include "relatedresultview.h"

#include "api/curlcommand.h"
#include "fieldsview.h"
#include "httpview.h"
#include "jsontreefieldsroles.h"
#include "rawjsonview.h"
#include "json/jsonfilterproxymodel.h"
#include "json/jsontreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

RelatedResultView::RelatedResultView(QWidget *typedView, const QString &typedTitle, QWidget *parent)
    : QWidget(parent)
    , m_typed(typedView)
    , m_tabs(new QTabWidget(this))
    , m_picker(new QComboBox(this))
    , m_pickerLabel(new QLabel(tr("&Request:"), this))
    , m_fields(new FieldsView(this))
    , m_raw(new RawJsonView(this))
    , m_http(new HttpView(this))
    , m_filterDelay(new QTimer(this))
    , m_model(std::make_unique<Json::JsonTreeModel>())
    , m_filter(std::make_unique<Json::JsonFilterProxyModel>())
{
    m_tabs->setObjectName(QStringLiteral("relatedResultTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_typed, typedTitle);
    m_tabs->addTab(m_fields, tr("Fields"));
    m_tabs->addTab(m_raw, tr("Raw JSON"));
    m_tabs->addTab(m_http, tr("HTTP"));

    m_filter->setSourceModel(m_model.get());
    m_fields->setModel(m_filter.get(), jsonTreeFieldsRoles());
    m_fields->setEmptyText(tr("Nothing fetched yet."));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(150);
    connect(m_fields, &FieldsView::filterTextChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_filter->setSearchText(m_fields->filterEdit()->text()); });

    // The token stays with the message's own HTTP tab (Edit ▸ Copy as cURL with token): here only the
    // command without it.
    if (auto *withToken = m_http->findChild<QPushButton *>(QStringLiteral("copyCurlWithToken")))
        withToken->hide();
    connect(m_http, &HttpView::copyCurlRequested, this, &RelatedResultView::copyCurl);

    m_picker->setObjectName(QStringLiteral("relatedExchangePicker"));
    m_pickerLabel->setBuddy(m_picker);
    auto *pickerRow = new QHBoxLayout;
    pickerRow->setContentsMargins(0, 0, 0, 0);
    pickerRow->addWidget(m_pickerLabel);
    pickerRow->addWidget(m_picker, 1);
    m_picker->setVisible(false);
    m_pickerLabel->setVisible(false);
    connect(m_picker, &QComboBox::activated, this, &RelatedResultView::showExchange);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickerRow);
    layout->addWidget(m_tabs, 1);
}

RelatedResultView::~RelatedResultView()
{
    // The tree lets go of the models before they are destroyed.
    m_fields->tree()->setModel(nullptr);
}

void RelatedResultView::addExchanges(const QList<InspectionResult> &exchanges)
{
    for (const InspectionResult &exchange : exchanges) {
        if (m_exchanges.size() >= maxExchanges) {
            m_exchanges.removeFirst();
            m_picker->removeItem(0);
        }
        m_exchanges.append(exchange);
        QString text = exchange.http ? exchange.http->url.path() : exchange.request.input;
        if (exchange.http && exchange.http->httpStatus != 0)
            text = tr("%1 · %2").arg(text).arg(exchange.http->httpStatus);
        m_picker->addItem(text);
    }
    const bool several = m_exchanges.size() > 1;
    m_picker->setVisible(several);
    m_pickerLabel->setVisible(several);
    if (!m_exchanges.isEmpty())
        showExchange(int(m_exchanges.size()) - 1);
}

void RelatedResultView::showExchange(int index)
{
    if (index < 0 || index >= m_exchanges.size())
        return;
    m_shown = index;
    m_picker->setCurrentIndex(index);
    const InspectionResult &exchange = m_exchanges.at(index);
    m_fields->filterEdit()->clear();
    m_filterDelay->stop();
    m_filter->setSearchText({});
    m_model->setDocument(exchange.analysis.document);
    m_fields->setEmptyText(exchange.analysis.document.isValid() && !exchange.analysis.document.hasError()
                               ? QString()
                               : tr("The answer is not JSON: see Raw JSON and HTTP."));
    m_raw->setBody(exchange.body);
    m_raw->setPrettyText(exchange.pretty,
                         exchange.pretty.isEmpty() ? tr("Not re-indented: see the raw answer.") : QString());
    if (exchange.http)
        m_http->setResult(*exchange.http);
    else
        m_http->clear();
}

void RelatedResultView::copyCurl()
{
    if (m_shown < 0 || !m_exchanges.at(m_shown).http)
        return;
    QApplication::clipboard()->setText(CurlCommand::fromResult(*m_exchanges.at(m_shown).http, {}));
    emit copied(tr("cURL command copied (token replaced by $HIGHLEVEL_TOKEN)"));
}
