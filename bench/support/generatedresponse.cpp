#include "generatedresponse.h"

#include <QFile>

namespace {

const char head[] =
    "{\n  \"id\": \"ve9EPM428h8vShlRW1KT\",\n  \"type\": 3,\n  \"messageType\": \"TYPE_EMAIL\",\n"
    "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n  \"contactId\": \"ve9EPM428h8vShlRW1KT\",\n"
    "  \"conversationId\": \"ve9EPM428h8vShlRW1KT\",\n  \"dateAdded\": \"2024-03-27T18:13:49.000Z\",\n"
    "  \"body\": \"Quarterly report\",\n  \"direction\": \"outbound\",\n  \"status\": \"delivered\",\n"
    "  \"contentType\": \"text/html\",\n  \"attachments\": [],\n"
    "  \"meta\": {\n    \"email\": {\n      \"messageIds\": [";
const char tail[] = "]\n    }\n  },\n  \"source\": \"workflow\"\n}\n";

void appendId(QByteArray &out, qint64 i)
{
    if (i)
        out += ',';
    out += "\"ve9EPs";
    out += QByteArray::number(1000000000000LL + i * 7919, 36);
    out += "kjkvShlRW1KT\"";
}

} // namespace

QByteArray generateResponse(qint64 targetBytes)
{
    QByteArray json;
    json.reserve(targetBytes + 1024);
    json += head;
    const qsizetype tailSize = qsizetype(sizeof(tail) - 1);
    for (qint64 i = 0; json.size() + tailSize < targetBytes; ++i)
        appendId(json, i);
    json += tail;
    return json;
}

bool writeGeneratedResponse(const QString &path, qint64 targetBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = head;
    qint64 written = 0;
    const qint64 tailSize = qint64(sizeof(tail) - 1);
    for (qint64 i = 0; written + chunk.size() + tailSize < targetBytes; ++i) {
        appendId(chunk, i);
        if (chunk.size() >= 1024 * 1024) {
            if (file.write(chunk) != chunk.size())
                return false;
            written += chunk.size();
            chunk.clear();
        }
    }
    chunk += tail;
    return file.write(chunk) == chunk.size();
}

QByteArray generatedLine(qint64 i)
{
    static const char *const directions[] = {"inbound", "outbound"};
    static const char *const statuses[] = {"delivered", "read", "failed", "pending", "undelivered", "sent"};
    static const char *const types[][2] = {
        {"2", "TYPE_SMS"}, {"3", "TYPE_EMAIL"}, {"1", "TYPE_CALL"}, {"11", "TYPE_FACEBOOK"}};
    const auto &type = types[i % 4];
    const QByteArray id = "ve9E" + QByteArray::number(1000000000000LL + i * 7919, 36).rightJustified(12, '0');
    QByteArray line;
    line.reserve(640);
    line += "{\"message\":{\"id\":\"";
    line += id;
    line += "\",\"type\":";
    line += type[0];
    line += ",\"messageType\":\"";
    line += type[1];
    line += "\",\"direction\":\"";
    line += directions[i % 2];
    line += "\",\"status\":\"";
    line += statuses[i % 6];
    line += "\",\"locationId\":\"ve9EPM428h8vShlRW1KT\",\"contactId\":\"cX";
    line += QByteArray::number(i % 100000);
    line += "\",\"conversationId\":\"co";
    line += QByteArray::number(i % 50000);
    line += "\",\"dateAdded\":\"2024-03-27T18:13:";
    line += QByteArray::number(10 + i % 50);
    line += ".000Z\",\"body\":\"Hi there, this is message ";
    line += QByteArray::number(i);
    line += " of the export. Your appointment is confirmed for Tuesday at 10:30; reply STOP to opt out.\","
            "\"contentType\":\"text/plain\",\"attachments\":[],\"source\":\"workflow\",\"userId\":\"u";
    line += QByteArray::number(i % 97);
    line += "\"},\"traceId\":\"";
    line += QByteArray::number(0x5f3a0000LL + i, 16);
    line += "\"}";
    return line;
}

bool writeGeneratedLines(const QString &path, qint64 targetBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk;
    qint64 written = 0;
    for (qint64 i = 0;; ++i) {
        const QByteArray line = generatedLine(i);
        if (written + chunk.size() + line.size() + 1 > targetBytes)
            break;
        chunk += line;
        chunk += '\n';
        if (chunk.size() >= 1024 * 1024) {
            if (file.write(chunk) != chunk.size())
                return false;
            written += chunk.size();
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size();
}
