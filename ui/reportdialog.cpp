#include "reportdialog.h"

#include "viewcolors.h"

#include "message/messagesummary.h"
#include "session/inspectionresult.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// A file name made only of characters every file system takes.
QString fileSafe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' ||
            c == u'_')
            out += c;
        if (out.size() >= 64)
            break;
    }
    return out;
}

} // namespace

ReportDialog::ReportDialog(const InspectionResult &result, const MessageReport::Options &options,
                           QWidget *parent)
    : ReportDialog(
          [result, options, summary = MessageSummary::from(result.analysis, options.now, options.zone)](
              PersonalDataClasses masked, QString &markdown, QString &html) {
              MessageReport::Options o = options;
              o.masked = masked;
              const MessageReport report = MessageReport::build(result, summary, o);
              markdown = report.markdown();
              html = report.html();
          },
          options.masked,
          fileSafe(result.messageId).isEmpty() ? QStringLiteral("report")
                                               : QStringLiteral("report-") + fileSafe(result.messageId),
          parent)
{
    setWindowTitle(tr("Report for a ticket"));
}

ReportDialog::ReportDialog(std::vector<BatchRow> rows, const BatchReport::Options &options, QWidget *parent)
    : ReportDialog(
          [rows = std::move(rows), options](PersonalDataClasses masked, QString &markdown, QString &html) {
              BatchReport::Options o = options;
              o.masked = masked;
              const BatchReport report = BatchReport::build(rows, o);
              markdown = report.markdown();
              html = report.html();
          },
          options.masked,
          QStringLiteral("batch-report-") +
              (options.lookedUpAt.isValid() ? options.lookedUpAt : QDateTime::currentDateTime())
                  .toString(QStringLiteral("yyyy-MM-dd-HHmm")),
          parent)
{
    setWindowTitle(tr("Batch report for a ticket"));
}

ReportDialog::ReportDialog(Builder builder, PersonalDataClasses masked, const QString &fileStem,
                           QWidget *parent)
    : QDialog(parent)
    , m_build(std::move(builder))
    , m_fileStem(fileStem)
    , m_masked(masked)
    , m_formatBox(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_source(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Save…"), this))
{
    setObjectName(QStringLiteral("reportDialog"));
    auto *maskRow = new QHBoxLayout;
    auto *maskLabel = new QLabel(tr("Hide before sharing:"), this);
    maskRow->addWidget(maskLabel);
    const std::pair<PersonalData, QString> classes[] = {
        {PersonalData::Phone, tr("Phone numbers")},
        {PersonalData::Email, tr("Email addresses")},
        {PersonalData::MessageText, tr("Message text")},
        {PersonalData::Name, tr("Names")},
    };
    for (const auto &[data, label] : classes) {
        auto *box = new QCheckBox(label, this);
        box->setObjectName(QStringLiteral("mask-") + PersonalDataMask::name(data));
        box->setChecked(masked.testFlag(data));
        connect(box, &QCheckBox::toggled, this, [this, data = data](bool on) {
            PersonalDataClasses next = m_masked;
            next.setFlag(data, on);
            setMasked(next);
        });
        m_maskBoxes.insert(int(data), box);
        maskRow->addWidget(box);
    }
    maskRow->addStretch(1);
    auto *formatLabel = new QLabel(tr("Format:"), this);
    formatLabel->setBuddy(m_formatBox);
    m_formatBox->setObjectName(QStringLiteral("reportFormat"));
    m_formatBox->addItem(tr("Markdown"));
    m_formatBox->addItem(tr("HTML"));
    maskRow->addWidget(formatLabel);
    maskRow->addWidget(m_formatBox);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setFormat(index == 1 ? Format::Html : Format::Markdown); });

    // The preview shows the report as a ticket shows it; nothing in it is fetched or opened.
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_source->setObjectName(QStringLiteral("reportSource"));
    m_source->setReadOnly(true);
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_source->setFont(mono);
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_source, tr("Markdown"));

    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_copy->setObjectName(QStringLiteral("reportCopy"));
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_copy->setToolTip(tr("Copy the report to the clipboard, to paste into the ticket"));
    m_save->setToolTip(tr("Save the report as a file, to attach to the ticket"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ReportDialog::copy);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::save);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(maskRow);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(820, 640);
    setDefaultAction(Action::Copy);
    rebuild();
}

void ReportDialog::setMasked(PersonalDataClasses masked)
{
    if (masked == m_masked)
        return;
    m_masked = masked;
    for (auto it = m_maskBoxes.cbegin(); it != m_maskBoxes.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(masked.testFlag(PersonalData(it.key())));
    }
    rebuild();
}

void ReportDialog::setFormat(Format format)
{
    if (format == m_format)
        return;
    m_format = format;
    const QSignalBlocker blocker(m_formatBox);
    m_formatBox->setCurrentIndex(format == Format::Html ? 1 : 0);
    rebuild();
}

void ReportDialog::setDefaultAction(Action action)
{
    QPushButton *button = action == Action::Save ? m_save : m_copy;
    m_copy->setDefault(action == Action::Copy);
    m_save->setDefault(action == Action::Save);
    button->setFocus();
}

QString ReportDialog::suggestedFileName() const
{
    return m_fileStem + (m_format == Format::Html ? QStringLiteral(".html") : QStringLiteral(".md"));
}

void ReportDialog::copy()
{
    auto *data = new QMimeData;
    data->setText(reportText());
    if (m_format == Format::Html)
        data->setHtml(m_html);
    QApplication::clipboard()->setMimeData(data);
    showStatus(tr("Copied to the clipboard: paste it into the ticket."), false);
    emit copied();
}

QString ReportDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        error = file.errorString();
    else if (file.write(reportText().toUtf8()) < 0 || !file.commit())
        error = file.errorString();
    if (!error.isEmpty()) {
        const QString message = tr("Could not save the report to “%1”: %2.").arg(path, error);
        showStatus(message, true);
        return message;
    }
    showStatus(tr("Saved to “%1”.").arg(path), false);
    emit saved(path);
    return {};
}

void ReportDialog::save()
{
    const QString filter = m_format == Format::Html ? tr("HTML files (*.html *.htm);;All files (*)")
                                                    : tr("Markdown files (*.md);;All files (*)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), suggestedFileName(), filter);
    if (!path.isEmpty())
        saveTo(path);
}

void ReportDialog::rebuild()
{
    m_build(m_masked, m_markdown, m_html);
    // The preview renders the HTML form in both cases: Qt's Markdown reader takes _emphasis_ for underline,
    // which would make the masking line look like a link. The text tab shows exactly what is copied.
    m_preview->setHtml(m_html);
    m_source->setPlainText(reportText());
    m_tabs->setTabText(1, m_format == Format::Html ? tr("HTML") : tr("Markdown"));
    m_status->clear();
}

void ReportDialog::showStatus(const QString &text, bool error)
{
    QPalette palette;
    if (error)
        palette.setColor(QPalette::WindowText, ViewColors::forPalette(this->palette()).errorText);
    m_status->setPalette(palette);
    m_status->setText(text);
}
