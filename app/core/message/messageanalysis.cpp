#include "message/messageanalysis.h"

#include "message/messagevalidator.h"

#include <QElapsedTimer>
#include <QtConcurrent>

MessageAnalysis MessageAnalysis::analyze(const QByteArray &body)
{
    QElapsedTimer timer;
    timer.start();
    MessageAnalysis result;
    result.document = Json::Document::parse(body);
    result.findings = MessageValidator::validate(result.document);
    result.view = MessageView::fromDocument(result.document);
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<MessageAnalysis> analyzeMessageAsync(const QByteArray &body)
{
    return QtConcurrent::run([body] { return MessageAnalysis::analyze(body); });
}
