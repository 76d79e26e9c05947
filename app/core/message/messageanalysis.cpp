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
    const Json::NodeKind rootKind = result.document.kindAt(result.document.rootOffset());
    if (result.document.isValid() &&
        (rootKind == Json::NodeKind::Object || rootKind == Json::NodeKind::Array))
        result.rootChildren = std::make_shared<const Json::ChildIndex>(
            result.document.childIndex(result.document.rootOffset()));
    result.elapsedMs = timer.elapsed();
    return result;
}

QFuture<MessageAnalysis> analyzeMessageAsync(const QByteArray &body)
{
    return QtConcurrent::run([body] { return MessageAnalysis::analyze(body); });
}
