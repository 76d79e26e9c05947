// Prints how long the raw viewer's steps take on 100 MB bodies, with a plain memchr pass over the same bytes
// as the baseline of this run. Not a test: it asserts nothing and is never run by ctest.
#include "largetextview.h"
#include "text/jsonlexer.h"
#include "text/lineindex.h"
#include "text/textsearch.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextStream>

#include <cstring>

namespace {

QByteArray prettyBody(qsizetype size)
{
    QByteArray unit = "  {\n    \"id\": \"ve9EPM428h8vShlRW1KT\",\n    \"status\": \"delivered\",\n"
                      "    \"amount\": 12.50,\n    \"ok\": true\n  },\n";
    QByteArray body = "[\n" + unit.repeated(size / unit.size()) + "  {}\n]\n";
    return body;
}

QByteArray singleLineBody(qsizetype size)
{
    QByteArray unit =
        "{\"id\":\"ve9EPM428h8vShlRW1KT\",\"status\":\"delivered\",\"amount\":12.50,\"ok\":true},";
    return "[" + unit.repeated(size / unit.size()) + "{}]";
}

double ms(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const qsizetype size = 100 * 1024 * 1024;
    for (const auto &[name, body] :
         {std::pair{"pretty", prettyBody(size)}, {"one line", singleLineBody(size)}}) {
        QElapsedTimer t;
        t.start();
        qsizetype newlines = 0;
        for (const char *p = body.constData(), *end = p + body.size();
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
            ++newlines;
        const double baseline = ms(t);

        t.restart();
        const LineIndex index = LineIndex::build(body);
        const double indexMs = ms(t);
        t.restart();
        const auto states = JsonLexer::continuationStates(index);
        const double statesMs = ms(t);
        t.restart();
        const TextSearch::Result found = TextSearch::findAll(body, "DELIVERED", TextSearch::Options{});
        const double searchMs = ms(t);

        LargeTextView view;
        view.resize(1000, 700);
        view.setSynchronousIndexLimit(0);
        QSignalSpy indexed(&view, &LargeTextView::indexed);
        t.restart();
        view.setText(body);
        const double setTextMs = ms(t); // what the UI thread spends before "Indexing…" shows
        indexed.wait(60000);
        t.restart();
        view.scrollToOffset(body.size() / 2);
        view.grab();
        const double paintMs = ms(t);

        out << name << ": " << body.size() / (1024 * 1024) << " MB, " << index.lineCount() << " lines, "
            << index.rowCount() << " rows\n"
            << "  memchr baseline      " << baseline << " ms (" << newlines << " newlines)\n"
            << "  LineIndex::build     " << indexMs << " ms\n"
            << "  continuation states  " << statesMs << " ms (" << states.size() << ")\n"
            << "  search (ASCII fold)  " << searchMs << " ms (" << found.total << " matches)\n"
            << "  setText on UI thread " << setTextMs << " ms\n"
            << "  scroll + first paint " << paintMs << " ms\n";
        out.flush();
    }
    return 0;
}
