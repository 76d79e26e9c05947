#pragma once

#include "message/finding.h"
#include "message/messageview.h"
#include "message/responseshape.h"
#include "json/jsondocument.h"

#include <QFuture>
#include <QMetaType>

// Everything the window and the CLI show about one response body, computed in one go off the UI thread:
// the faithful document, the findings and the summary card's typed view.
struct MessageAnalysis
{
    Json::Document document;
    ResponseShape shape; // which shape the body has and where its message is
    QList<Finding> findings;
    MessageView view;
    // The root's child index, made with the rest off the UI thread: hand it to JsonTreeModel::setDocument()
    // so that a root array of a million records is not scanned on the UI thread. Null when the root is no
    // container.
    std::shared_ptr<const Json::ChildIndex> rootChildren;
    qint64 elapsedMs = 0; // parse + validate + view, for the status bar

    static MessageAnalysis analyze(const QByteArray &body);
    // The same, with an owner for bytes that do not own themselves (a mapped file) and progress with cancel
    // for the parse (see Json::ParseControl). A cancelled parse gives a document whose error is cancelled.
    static MessageAnalysis analyze(const QByteArray &body, const Json::ParseControl &control);
};

// Runs MessageAnalysis::analyze on the global thread pool. The future finishes exactly once with the result
// (a body that is not JSON gives a result whose document has an error and one parse-error finding); watch it
// with a QFutureWatcher, whose finished() signal fires once. The document in the result may be read from any
// thread.
QFuture<MessageAnalysis> analyzeMessageAsync(const QByteArray &body);

Q_DECLARE_METATYPE(MessageAnalysis)
