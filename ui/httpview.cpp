#include "httpview.h"

#include "plaintext.h"

#include "badgepalette.h"
#include "highlightrowdelegate.h"
#include "viewcolors.h"

#include "message/responseshape.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool isRateLimitHeader(const QByteArray &name)
{
    return name.toLower().startsWith("x-ratelimit-") || name.compare("retry-after", Qt::CaseInsensitive) == 0;
}

// Marks a row for the highlight colours (HighlightRowDelegate).
constexpr int highlightRole = Qt::UserRole + 1;

QString latin1(const QByteArray &bytes)
{
    // Header bytes are shown as Latin-1 so that any byte is visible and nothing is dropped.
    return QString::fromLatin1(bytes);
}

} // namespace

HttpView::HttpView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(
          tr("No request has been sent yet. Look up a message id to see the HTTP exchange here."), this))
    , m_copyCurl(new QPushButton(tr("Copy as cURL"), this))
    , m_copyCurlWithToken(new QPushButton(tr("Copy as cURL with token…"), this))
{
    m_tree->setObjectName(QStringLiteral("httpTree"));
    PlainText::showItemToolTipsLiterally(m_tree); // header values and the reason phrase come from the server
    ViewColors::applyToView(m_tree, palette());
    m_tree->setItemDelegate(new HighlightRowDelegate(highlightRole, m_tree));
    m_tree->setAccessibleName(tr("HTTP request and response"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Name"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_copyCurl->setObjectName(QStringLiteral("copyCurl"));
    m_copyCurl->setToolTip(tr("Copies a curl command that repeats this request. The token is replaced by "
                              "$HIGHLEVEL_TOKEN, so the text is safe to paste into a ticket."));
    m_copyCurlWithToken->setObjectName(QStringLiteral("copyCurlWithToken"));
    m_copyCurlWithToken->setToolTip(tr("Copies the curl command including the real token. Asks first."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyCurlWithToken);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);

    connect(m_copyCurl, &QPushButton::clicked, this, [this] { emit copyCurlRequested(false); });
    connect(m_copyCurlWithToken, &QPushButton::clicked, this, [this] { emit copyCurlRequested(true); });
    clear();
}

void HttpView::clear()
{
    m_tree->clear();
    m_tree->hide();
    m_empty->show();
    m_copyCurl->setEnabled(false);
    m_copyCurlWithToken->setEnabled(false);
}

void HttpView::setResult(const ApiResult &result)
{
    m_tree->clear();
    const bool sent = !result.url.isEmpty();
    m_tree->setVisible(sent);
    m_empty->setVisible(!sent);
    m_copyCurl->setEnabled(sent);
    m_copyCurlWithToken->setEnabled(sent);
    if (!sent)
        return;

    const QLocale locale;
    auto section = [this](const QString &title, const QString &summary) {
        auto *item = new QTreeWidgetItem(m_tree, {title, summary});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFont(1, bold);
        item->setFirstColumnSpanned(false);
        return item;
    };
    auto field = [](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, {name, value});
        item->setToolTip(1, value);
        return item;
    };

    QTreeWidgetItem *request = section(tr("Request"), QString::fromLatin1(result.method) % QLatin1Char(' ') %
                                                          result.url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : result.requestHeaders)
        field(request, latin1(name), latin1(value));

    const QString statusLine =
        result.httpStatus > 0
            ? QStringLiteral("%1 %2").arg(result.httpStatus).arg(latin1(result.reasonPhrase))
            : tr("no HTTP answer");
    QTreeWidgetItem *response = section(tr("Response"), statusLine);
    for (const auto &[name, value] : result.responseHeaders) {
        QTreeWidgetItem *item = field(response, latin1(name), latin1(value));
        if (isRateLimitHeader(name)) {
            // Painted by the delegate at paint time, so the colours follow the palette.
            for (int column = 0; column < 2; ++column)
                item->setData(column, highlightRole, true);
            item->setToolTip(0, tr("Rate-limit header"));
        }
    }

    QTreeWidgetItem *facts = section(tr("Transfer"), QString());
    const QString size = locale.formattedDataSize(result.size);
    field(facts, tr("Body size"),
          result.size < 1024 ? size : tr("%1 (%2 bytes)").arg(size, locale.toString(result.size)));
    field(facts, tr("Time"), tr("%1 ms").arg(locale.toString(result.elapsedMs)));
    field(facts, tr("Attempts"), locale.toString(result.attempts));
    // The body's traceId (live envelope or error answer): what HighLevel's support asks for.
    if (const QString traceId = ResponseShape::traceIdOf(result.body); !traceId.isEmpty())
        field(facts, tr("Trace id"), traceId);

    const RateLimitInfo &rl = result.rateLimit;
    if (!rl.isEmpty()) {
        auto figure = [&locale](const std::optional<qint64> &v) {
            return v ? locale.toString(*v) : tr("not reported");
        };
        QTreeWidgetItem *limits = section(tr("Rate limits"), QString());
        field(limits, tr("Burst remaining"),
              tr("%1 of %2").arg(figure(rl.burstRemaining), figure(rl.burstMax)));
        if (rl.intervalMs)
            field(limits, tr("Burst interval"), tr("%1 ms").arg(locale.toString(*rl.intervalMs)));
        field(limits, tr("Daily remaining"),
              tr("%1 of %2").arg(figure(rl.dailyRemaining), figure(rl.dailyLimit)));
    }
    m_tree->expandAll();
}

void HttpView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ViewColors::applyToView(m_tree, palette());
    QWidget::changeEvent(event);
}

QString HttpView::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        lines << top->text(0) % QStringLiteral(": ") % top->text(1);
        for (int j = 0; j < top->childCount(); ++j)
            lines << QStringLiteral("  ") % top->child(j)->text(0) % QStringLiteral(": ") %
                         top->child(j)->text(1);
    }
    return lines.join(QLatin1Char('\n'));
}
