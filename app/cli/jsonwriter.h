#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

// Writes the CLI's own `--format json` object, member by member, in a fixed and documented order, indented
// two spaces. It only writes new JSON; reading and re-printing the server's body is the core's job
// (Json::Document), and a body is embedded here verbatim with rawValue().
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // The next member's key (inside an object).
    void key(QStringView name);

    void string(QStringView text);
    void number(qint64 value);
    void boolean(bool value);
    void null();
    // Already-valid JSON text, copied as it is (e.g. the body exactly as the server sent it).
    void rawValue(QByteArrayView json);

    // key + value shorthands.
    void field(QStringView name, QStringView text)
    {
        key(name);
        string(text);
    }
    void field(QStringView name, const char *text) = delete; // QT_NO_CAST_FROM_ASCII: say what encoding
    void field(QStringView name, qint64 value)
    {
        key(name);
        number(value);
    }
    void fieldBool(QStringView name, bool value)
    {
        key(name);
        boolean(value);
    }
    void fieldNull(QStringView name)
    {
        key(name);
        null();
    }
    // A number when present, null otherwise.
    void field(QStringView name, const std::optional<qint64> &value)
    {
        key(name);
        if (value)
            number(*value);
        else
            null();
    }
    // A string, or null for a null QString.
    void fieldOrNull(QStringView name, const QString &text)
    {
        key(name);
        if (text.isNull())
            null();
        else
            string(text);
    }

    // The text written so far, with a final newline once the outermost value is closed.
    QByteArray data() const { return m_out; }

    // "text" with JSON escapes; control characters, U+2028 and U+2029 escaped so any consumer is safe.
    static QByteArray quote(QStringView text);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool isObject = false;
        bool empty = true;
    };
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};
