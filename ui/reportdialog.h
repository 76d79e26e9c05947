#pragma once

#include "batch/batchrow.h"
#include "report/batchreport.h"
#include "report/messagereport.h"
#include "report/personaldatamask.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

// "Copy report" / "Save report…" for a ticket: a preview of the report (rendered, and as the text that is
// copied), a visible choice per kind of personal data (phone numbers, email addresses, message text, names;
// all masked unless unticked), Markdown or HTML, and Copy / Save…. The report itself is the core's
// (MessageReport for one inspected message, BatchReport for a batch): it says what was masked, and the token
// never appears in it — removed by shape, and by value when the caller passes it in the options.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Markdown,
        Html,
    };
    // Which button is the default one: the main window's "Copy report" and "Save report…" open the same
    // dialog with their own action ready for Enter.
    enum class Action
    {
        Copy,
        Save,
    };

    // One inspected message. options: the profile's web-app address (for the conversation link), the token
    // in use (removed wherever it appears), when it was looked up, and the first masking choice (masked).
    ReportDialog(const InspectionResult &result, const MessageReport::Options &options,
                 QWidget *parent = nullptr);
    // A batch: its rows (in the order they are listed) and the report's options (profile, which rows, token).
    ReportDialog(std::vector<BatchRow> rows, const BatchReport::Options &options, QWidget *parent = nullptr);

    PersonalDataClasses masked() const { return m_masked; }
    void setMasked(PersonalDataClasses masked);
    Format format() const { return m_format; }
    void setFormat(Format format);
    void setDefaultAction(Action action);

    // The report as it would be copied or saved now (Markdown or HTML text).
    QString reportText() const { return m_format == Format::Html ? m_html : m_markdown; }
    QString markdown() const { return m_markdown; }
    QString html() const { return m_html; }
    // "report-<id>.md", "batch-report-2026-11-30.html".
    QString suggestedFileName() const;

    // Puts the report on the clipboard: the text, and for HTML also as rich text.
    void copy();
    // Writes the report to path (UTF-8); an error message, or empty when it was written.
    QString saveTo(const QString &path);
    // Asks for a file, then saveTo().
    void save();

    QCheckBox *maskBox(PersonalData data) const { return m_maskBoxes.value(int(data)); }
    QTextBrowser *preview() const { return m_preview; }
    QPlainTextEdit *source() const { return m_source; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void copied();
    void saved(const QString &path);

private:
    using Builder = std::function<void(PersonalDataClasses masked, QString &markdown, QString &html)>;
    ReportDialog(Builder builder, PersonalDataClasses masked, const QString &fileStem, QWidget *parent);
    void rebuild();
    void showStatus(const QString &text, bool error);

    Builder m_build;
    QString m_fileStem;
    PersonalDataClasses m_masked;
    Format m_format = Format::Markdown;
    QString m_markdown;
    QString m_html;

    QHash<int, QCheckBox *> m_maskBoxes;
    QComboBox *m_formatBox;
    QTabWidget *m_tabs;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_source;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_save;
};
