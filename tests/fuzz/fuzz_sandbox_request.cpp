// The sandbox's request parser (query, form body, headers) on anything a client could send.
#include "FuzzInput.h"
#include "SandboxRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> fields = fuzzFields(data, size, 4);
    const SandboxRequest::HeaderList headers = fuzzHeaders(fields.at(2));
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
