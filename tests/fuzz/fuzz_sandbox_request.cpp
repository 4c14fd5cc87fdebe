// The sandbox's request parser (query, form body, headers) on anything a client could send.
#include "FuzzInput.h"
#include "SandboxRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> fields = fuzzFields(data, size, 4);
    SandboxRequest::HeaderList headers;
    for (const QByteArray& line : fields.at(2).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    const SandboxRequest request(fields.at(0), fields.at(1), headers, fields.at(3));
    (void)request.allParameters();
    (void)request.action();
    (void)request.version();
    (void)request.product();
    (void)request.parameter(QStringLiteral("AccountName"));
    (void)request.firstMissing({ QStringLiteral("DBInstanceId"), QStringLiteral("AccountName") });
    (void)SandboxRequest::decodeForm(fields.at(3));
    return 0;
}
