// The report dialog offscreen, on a failed SMS whose text, error and trace id hold a phone number, an email
// address, a name and (on purpose) the token: every mask is on at first and each box changes the preview;
// Markdown and HTML; the token never appears — not in the preview, the text shown, the copied text (plain and
// rich) or a saved file — even with nothing masked; Save writes exactly the report and says where; the
// conversation link comes from the web-app address passed in.
#include "reportdialog.h"

#include "message/messageanalysis.h"
#include "session/inspectionresult.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

// Not shaped like a token: only the dialog's knowledge of it (the options) can remove it.
const QString token = u"s3cr3t.Opaque_Token~value"_s;

InspectionResult failedSms()
{
    const QByteArray body =
        R"({"message":{"id":"Fx2Lv9Sm4Qe7Rt1Yu3Io","type":2,"messageType":"TYPE_SMS","locationId":"Lq7Rt2Vx9KmN3pB6sD4f",)"
        R"("contactId":"Cn6Vb8Nm0Qa2Ws4Ed6Rf","conversationId":"Cv9Tg1Yh3Uj5Ik7Ol9Pz","dateAdded":"2026-11-29T08:15:02.118Z",)"
        R"("body":"Hi Sam, mail \"Sam Lee\" <sam@example.org> or call +14155552671. Key )" +
        token.toUtf8() +
        R"(","direction":"outbound","status":"failed","contentType":"text/plain",)"
        R"("error":"Number +14155552671 unreachable"},"traceId":"c41e8f20-7b3a-4d96-a5e0-19f2d8c7b6a4"})";
    InspectionResult r;
    r.messageId = u"Fx2Lv9Sm4Qe7Rt1Yu3Io"_s;
    r.body = body;
    r.analysis = MessageAnalysis::analyze(body);
    ApiResult http;
    http.url = QUrl(u"https://services.leadconnectorhq.com/conversations/messages/Fx2Lv9Sm4Qe7Rt1Yu3Io"_s);
    http.httpStatus = 200;
    http.reasonPhrase = "OK";
    http.elapsedMs = 182;
    http.body = body;
    r.http = http;
    return r;
}

MessageReport::Options options()
{
    MessageReport::Options o;
    o.webAppUrl = QUrl(u"https://crm.agency.example"_s);
    o.token = token;
    o.now = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    o.lookedUpAt = QDateTime(QDate(2026, 11, 30), QTime(11, 58, 7), Qt::UTC);
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void masksAreChosenVisiblyAndChangeThePreview()
    {
        ReportDialog dialog(failedSms(), options());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const PersonalData data :
             {PersonalData::Phone, PersonalData::Email, PersonalData::MessageText, PersonalData::Name}) {
            QVERIFY(dialog.maskBox(data));
            QVERIFY(dialog.maskBox(data)->isVisible());
            QVERIFY(dialog.maskBox(data)->isChecked()); // masked by default
        }
        QCOMPARE(dialog.masked(), PersonalDataMask::all());
        QString preview = dialog.preview()->toPlainText();
        QVERIFY2(preview.startsWith(u"Message Fx2Lv9Sm4Qe7Rt1Yu3Io"_s), qPrintable(preview));
        QVERIFY(preview.contains(u"Number +•••••••••71 unreachable"_s));
        QVERIFY(preview.contains(u"[message text hidden: "_s));
        QVERIFY(preview.contains(u"Masked for sharing: phone numbers (1), message text."_s));
        QVERIFY(!preview.contains(u"4155552671"_s));
        QVERIFY(preview.contains(u"https://crm.agency.example/v2/location/Lq7Rt2Vx9KmN3pB6sD4f/conversations/"
                                 u"conversations/Cv9Tg1Yh3Uj5Ik7Ol9Pz"_s));
        QCOMPARE(dialog.source()->toPlainText(), dialog.markdown());
        QVERIFY(dialog.markdown().startsWith(u"## Message Fx2Lv9Sm4Qe7Rt1Yu3Io\n"_s));

        // Show the message text: it appears, with the phone, email and name inside it still masked.
        QTest::mouseClick(dialog.maskBox(PersonalData::MessageText), Qt::LeftButton);
        QVERIFY(!dialog.maskBox(PersonalData::MessageText)->isChecked());
        preview = dialog.preview()->toPlainText();
        QVERIFY2(preview.contains(u"Hi Sam, mail \"S••• L•••\" <s•••@•••.org> or call +•••••••••71."_s),
                 qPrintable(preview));
        QVERIFY(preview.contains(u"Shown as sent, on request: message text."_s));

        // Then the phone numbers, then the emails, then the names: each box changes what the preview shows.
        QTest::mouseClick(dialog.maskBox(PersonalData::Phone), Qt::LeftButton);
        preview = dialog.preview()->toPlainText();
        QVERIFY(preview.contains(u"or call +14155552671."_s));
        QVERIFY(preview.contains(u"Number +14155552671 unreachable"_s));
        QTest::mouseClick(dialog.maskBox(PersonalData::Email), Qt::LeftButton);
        QVERIFY(dialog.preview()->toPlainText().contains(u"<sam@example.org>"_s));
        QTest::mouseClick(dialog.maskBox(PersonalData::Name), Qt::LeftButton);
        QVERIFY(dialog.preview()->toPlainText().contains(u"\"Sam Lee\" <sam@example.org>"_s));
        QCOMPARE(dialog.masked(), PersonalDataClasses());
        QVERIFY(
            dialog.markdown().contains(u"_Nothing needed masking. Shown as sent, on request: phone numbers, "
                                       u"email addresses, message text, names._"_s));

        // Ticked again: masked again.
        dialog.maskBox(PersonalData::Phone)->click();
        QVERIFY(!dialog.preview()->toPlainText().contains(u"4155552671"_s));
        // setMasked() moves the boxes too.
        dialog.setMasked(PersonalDataMask::all());
        QVERIFY(dialog.maskBox(PersonalData::Email)->isChecked());
        QVERIFY(!dialog.preview()->toPlainText().contains(u"sam@example.org"_s));
    }

    void htmlFormat()
    {
        ReportDialog dialog(failedSms(), options());
        dialog.show();
        auto *format = dialog.findChild<QComboBox *>(u"reportFormat"_s);
        QVERIFY(format);
        format->setCurrentIndex(1);
        QCOMPARE(dialog.format(), ReportDialog::Format::Html);
        QVERIFY(dialog.reportText().startsWith(u"<!DOCTYPE html>\n"_s));
        QCOMPARE(dialog.source()->toPlainText(), dialog.html());
        QCOMPARE(dialog.findChild<QTabWidget *>()->tabText(1), u"HTML"_s);
        QCOMPARE(dialog.suggestedFileName(), u"report-Fx2Lv9Sm4Qe7Rt1Yu3Io.html"_s);
        const QString preview = dialog.preview()->toPlainText();
        QVERIFY(!preview.contains(u"<li>"_s));
        QVERIFY(preview.contains(u"Number +•••••••••71 unreachable"_s));
        dialog.setFormat(ReportDialog::Format::Markdown);
        QCOMPARE(format->currentIndex(), 0);
        QCOMPARE(dialog.suggestedFileName(), u"report-Fx2Lv9Sm4Qe7Rt1Yu3Io.md"_s);
    }

    void theTokenNeverLeavesTheDialog_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("markdown") << int(ReportDialog::Format::Markdown);
        QTest::newRow("html") << int(ReportDialog::Format::Html);
    }

    void theTokenNeverLeavesTheDialog()
    {
        QFETCH(int, format);
        ReportDialog dialog(failedSms(), options());
        dialog.show();
        dialog.setFormat(ReportDialog::Format(format));
        // Nothing masked: the message text (which holds the token) is shown, the token is not.
        for (const PersonalData data :
             {PersonalData::Phone, PersonalData::Email, PersonalData::MessageText, PersonalData::Name})
            dialog.maskBox(data)->click();
        QCOMPARE(dialog.masked(), PersonalDataClasses());
        const QString preview = dialog.preview()->toPlainText();
        QVERIFY2(preview.contains(u"Key [token removed]"_s), qPrintable(preview));
        QVERIFY(!preview.contains(token));
        QVERIFY(!dialog.source()->toPlainText().contains(token));
        QVERIFY(!dialog.markdown().contains(token));
        QVERIFY(!dialog.html().contains(token));

        QSignalSpy copied(&dialog, &ReportDialog::copied);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"reportCopy"_s), Qt::LeftButton);
        QCOMPARE(copied.count(), 1);
        const QMimeData *clip = QApplication::clipboard()->mimeData();
        QVERIFY(clip);
        QCOMPARE(clip->text(), dialog.reportText());
        QVERIFY(!clip->text().contains(token));
        QCOMPARE(clip->hasHtml(), format == int(ReportDialog::Format::Html));
        QVERIFY(!clip->html().contains(token));
        QVERIFY(dialog.statusLabel()->text().startsWith(u"Copied"_s));

        QTemporaryDir dir;
        const QString path = dir.filePath(dialog.suggestedFileName());
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        QCOMPARE(dialog.saveTo(path), QString());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), path);
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, dialog.reportText().toUtf8());
        QVERIFY(!bytes.contains(token.toUtf8()));
        QVERIFY(bytes.contains("token removed"));
        QVERIFY(dialog.statusLabel()->text().contains(path));

        // Nowhere to write: said plainly, nothing else happens.
        const QString error = dialog.saveTo(dir.filePath(u"missing/report.md"_s));
        QVERIFY2(error.startsWith(u"Could not save the report to "_s), qPrintable(error));
        QCOMPARE(dialog.statusLabel()->text(), error);
        QCOMPARE(saved.count(), 1);
    }

    void aBatchReport()
    {
        std::vector<BatchRow> rows;
        BatchRow row = BatchRow::pending(u"Ab1"_s);
        row.outcome = BatchRow::Outcome::NotFound;
        row.httpStatus = 404;
        row.traceId = u"tr-1"_s;
        row.error = u"No message for +14155552671, key "_s + token;
        rows.push_back(row);
        BatchReport::Options o;
        o.profile = u"Acme Dental"_s;
        o.token = token;
        o.lookedUpAt = QDateTime(QDate(2026, 11, 30), QTime(14, 12), Qt::UTC);
        ReportDialog dialog(rows, o);
        dialog.show();
        QCOMPARE(dialog.windowTitle(), u"Batch report for a ticket"_s);
        QVERIFY(dialog.suggestedFileName().startsWith(u"batch-report-2026-11-30-"_s));
        QVERIFY2(dialog.markdown().contains(u"| `Ab1` | Not found (404) |"_s), qPrintable(dialog.markdown()));
        QVERIFY(dialog.markdown().contains(u"No message for +•••••••••71, key \\[token removed\\]"_s));
        dialog.maskBox(PersonalData::Phone)->click();
        QVERIFY(
            dialog.preview()->toPlainText().contains(u"No message for +14155552671, key [token removed]"_s));
        QVERIFY(!dialog.preview()->toPlainText().contains(token));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
