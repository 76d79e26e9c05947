#include "message/messageanalysis.h"

#include "message/messagevalidator.h"

#include <QElapsedTimer>
#include <QtConcurrent>

MessageAnalysis MessageAnalysis::analyze(const QByteArray &body)
{
    return analyze(body, Json::ParseControl{});
}

MessageAnalysis MessageAnalysis::analyze(const QByteArray &body, const Json::ParseControl &control)
{
    QElapsedTimer timer;
    timer.start();
    MessageAnalysis result;
    result.document = Json::Document::parse(body, control);
    result.shape = ResponseShape::recognise(result.document);
    result.findings = MessageValidator::validate(result.document, result.shape);
    result.view = MessageView::fromDocument(result.document, result.shape);
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<MessageAnalysis> analyzeMessageAsync(const QByteArray &body)
{
    return QtConcurrent::run([body] { return MessageAnalysis::analyze(body); });
}
