// The sandbox's authenticator (RPC v1, ACS3, bearer) on any request: never crashes, never accepts garbage.
#include "FuzzInput.h"
#include "RequestAuthenticator.h"
#include "SandboxOptions.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QDateTime now = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    const QList<QByteArray> fields = fuzzFields(data, size, 4);
    const SandboxRequest::HeaderList headers = fuzzHeaders(fields.at(2));
    const SandboxRequest request(
        fields.at(0).isEmpty() ? QByteArrayLiteral("GET") : fields.at(0), fields.at(1), headers, fields.at(3));
    const SandboxOptions options;
    RequestAuthenticator authenticator(options.accessKeys, options.bearerTokens, options.timestampWindowSeconds);
    const auto result = authenticator.authenticate(request, now);
    // Only the demo bearer token gets in without a valid HMAC; a fuzzer that forges an HMAC is a finding.
    if (result.accepted() && !result.identity.startsWith(QLatin1String("bearer:")))
        __builtin_trap();
    return 0;
}
