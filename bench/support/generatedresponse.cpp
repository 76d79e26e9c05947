#include "generatedresponse.h"

QByteArray generateResponse(qint64 targetBytes)
{
    QByteArray json;
    json.reserve(targetBytes + 1024);
    json +=
        "{\n  \"id\": \"ve9EPM428h8vShlRW1KT\",\n  \"type\": 3,\n  \"messageType\": \"TYPE_EMAIL\",\n"
        "  \"locationId\": \"ve9EPM428h8vShlRW1KT\",\n  \"contactId\": \"ve9EPM428h8vShlRW1KT\",\n"
        "  \"conversationId\": \"ve9EPM428h8vShlRW1KT\",\n  \"dateAdded\": \"2024-03-27T18:13:49.000Z\",\n"
        "  \"body\": \"Quarterly report\",\n  \"direction\": \"outbound\",\n  \"status\": \"delivered\",\n"
        "  \"contentType\": \"text/html\",\n  \"attachments\": [],\n"
        "  \"meta\": {\n    \"email\": {\n      \"messageIds\": [";
    const QByteArray tail = "]\n    }\n  },\n  \"source\": \"workflow\"\n}\n";
    qint64 i = 0;
    while (json.size() + tail.size() < targetBytes) {
        if (i)
            json += ',';
        json += "\"ve9EPs";
        json += QByteArray::number(1000000000000LL + i * 7919, 36);
        json += "kjkvShlRW1KT\"";
        ++i;
    }
    json += tail;
    return json;
}
