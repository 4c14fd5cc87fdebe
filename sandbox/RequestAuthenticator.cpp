#include "RequestAuthenticator.h"

#include "Acs3Signer.h"
#include "RpcSigner.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>

namespace {

QDateTime parseTimestamp(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        return time;
    // "+08:00" is an offset to convert, not a label to drop; a time without any zone is taken as UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

// Compares in time independent of where the first difference is, so a signature cannot be guessed byte by byte.
bool constantTimeEqual(const QByteArray& a, const QByteArray& b)
{
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

// The headers an ACS3 signature must cover, so that neither the action nor the replay protection can be swapped.
const QList<QByteArray>& requiredSignedHeaders()
{
    static const QList<QByteArray> names { QByteArrayLiteral("host"),
        QByteArrayLiteral("x-acs-action"),
        QByteArrayLiteral("x-acs-date"),
        QByteArrayLiteral("x-acs-signature-nonce") };
    return names;
}

// "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=a;b,Signature=hex" -> its three fields.
struct Acs3Authorization
{
    QString credential;
    QByteArray signedHeaders;
    QByteArray signature;
    bool valid = false;
};

Acs3Authorization parseAuthorization(const QByteArray& header)
{
    Acs3Authorization parsed;
    const QByteArray prefix = QByteArray(Acs3Signer::Algorithm) + ' ';
    if (!header.startsWith(prefix))
        return parsed;
    for (const QByteArray& part : header.mid(prefix.size()).split(',')) {
        const QByteArray field = part.trimmed();
        if (field.startsWith("Credential="))
            parsed.credential = QString::fromUtf8(field.mid(11));
        else if (field.startsWith("SignedHeaders="))
            parsed.signedHeaders = field.mid(14);
        else if (field.startsWith("Signature="))
            parsed.signature = field.mid(10);
    }
    parsed.valid = !parsed.credential.isEmpty() && !parsed.signedHeaders.isEmpty() && !parsed.signature.isEmpty();
    return parsed;
}

} // namespace

RequestAuthenticator::RequestAuthenticator(const QMap<QString, QString>& accessKeys,
    const QStringList& bearerTokens,
    int windowSeconds,
    const QMap<QString, QString>& credentialAccounts)
    : m_accessKeys(accessKeys)
    , m_credentialAccounts(credentialAccounts)
    , m_bearerTokens(bearerTokens)
    , m_windowSeconds(windowSeconds)
{
}

RequestAuthenticator::Result RequestAuthenticator::refuse(int status, const QString& code, const QString& message)
{
    return { QString(), QString(), ActionReply::error(status, code, message) };
}

RequestAuthenticator::Result RequestAuthenticator::authenticate(const SandboxRequest& request, const QDateTime& now)
{
    forgetOldNonces(now);
    // The RDS seed's "Authorization: Bearer <your_api_key>", the SDKs' x-acs-bearer-token, or both (then equal).
    const QByteArray authorization = request.header(QByteArrayLiteral("authorization"));
    const bool seedBearer = authorization.startsWith("Bearer ");
    const QByteArray sdkBearer = request.header(QByteArrayLiteral("x-acs-bearer-token"));
    if (seedBearer || !sdkBearer.isEmpty()) {
        const QByteArray token = seedBearer ? authorization.mid(7).trimmed() : sdkBearer;
        if (seedBearer && !sdkBearer.isEmpty() && sdkBearer != token) {
            return refuse(400,
                QStringLiteral("InvalidBearerToken.Mismatch"),
                tr("The Authorization: Bearer header and the x-acs-bearer-token header carry different tokens."));
        }
        const bool v3 = !request.header(QByteArrayLiteral("x-acs-date")).isEmpty();
        return checkBearer(QString::fromUtf8(token),
            v3 ? QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-date")))
               : request.parameter(QStringLiteral("Timestamp")),
            v3 ? QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-signature-nonce")))
               : request.parameter(QStringLiteral("SignatureNonce")),
            now);
    }
    if (request.hasParameter(QStringLiteral("BearerToken"))) {
        return checkBearer(request.parameter(QStringLiteral("BearerToken")),
            request.parameter(QStringLiteral("Timestamp")),
            request.parameter(QStringLiteral("SignatureNonce")),
            now);
    }
    if (!request.header(QByteArrayLiteral("authorization")).isEmpty())
        return checkAcs3(request, now);
    if (request.hasParameter(QStringLiteral("Signature")))
        return checkRpc(request, now);
    return refuse(400,
        QStringLiteral("IncompleteSignature"),
        tr("The request carries no credentials: sign it with an AccessKey (RPC v1 or ACS3-HMAC-SHA256) "
           "or send a bearer token."));
}

RequestAuthenticator::Result RequestAuthenticator::checkRpc(const SandboxRequest& request, const QDateTime& now)
{
    const QString accessKeyId = request.parameter(QStringLiteral("AccessKeyId"));
    if (accessKeyId.isEmpty())
        return refuse(400, QStringLiteral("MissingParameter"), tr("The AccessKeyId parameter is missing."));
    if (!m_accessKeys.contains(accessKeyId))
        return refuse(404, QStringLiteral("InvalidAccessKeyId.NotFound"), tr("Specified access key is not found."));
    const QString method = request.parameter(QStringLiteral("SignatureMethod"));
    if (!method.isEmpty() && method != QLatin1String("HMAC-SHA1")) {
        return refuse(400,
            QStringLiteral("InvalidParameter"),
            tr("The SignatureMethod %1 is not supported; use HMAC-SHA1.").arg(method));
    }
    const QByteArray expected
        = RpcSigner::sign(request.method(), request.allParameters(), m_accessKeys.value(accessKeyId));
    if (!request.hasParameter(QStringLiteral("Action"))) // the action must come from signed data
        return refuse(400, QStringLiteral("MissingParameter"), tr("The Action parameter is missing."));
    if (!constantTimeEqual(expected, request.parameter(QStringLiteral("Signature")).toLatin1())) {
        return refuse(400,
            QStringLiteral("SignatureDoesNotMatch"),
            tr("Specified signature is not matched with our calculation."));
    }
    const ActionReply stale = checkFreshness(
        request.parameter(QStringLiteral("Timestamp")), request.parameter(QStringLiteral("SignatureNonce")), now);
    if (stale.isError())
        return { QString(), QString(), stale };
    return { accessKeyId, m_credentialAccounts.value(accessKeyId, accessKeyId), ActionReply::ok() };
}

RequestAuthenticator::Result RequestAuthenticator::checkAcs3(const SandboxRequest& request, const QDateTime& now)
{
    const Acs3Authorization authorization = parseAuthorization(request.header(QByteArrayLiteral("authorization")));
    if (!authorization.valid) {
        return refuse(400,
            QStringLiteral("IncompleteSignature"),
            tr("The Authorization header is not a valid ACS3-HMAC-SHA256 authorization."));
    }
    if (!m_accessKeys.contains(authorization.credential))
        return refuse(404, QStringLiteral("InvalidAccessKeyId.NotFound"), tr("Specified access key is not found."));
    const QByteArray hashedPayload = request.header(QByteArrayLiteral("x-acs-content-sha256"));
    if (hashedPayload != Acs3Signer::hashPayload(request.body())) {
        return refuse(400,
            QStringLiteral("SignatureDoesNotMatch"),
            tr("The x-acs-content-sha256 header does not match the request body."));
    }
    // Only the headers the client signed take part, exactly as it listed them.
    const QList<QByteArray> signedNames = authorization.signedHeaders.split(';');
    for (const QByteArray& required : requiredSignedHeaders()) {
        if (!signedNames.contains(required)) {
            return refuse(400,
                QStringLiteral("IncompleteSignature"),
                tr("The signature must cover the %1 header.").arg(QString::fromLatin1(required)));
        }
    }
    Acs3Signer::HeaderList signedHeaders;
    for (const auto& header : request.headers()) {
        if (signedNames.contains(header.first.toLower()))
            signedHeaders.append(header);
    }
    const QByteArray canonical = Acs3Signer::canonicalRequest(
        request.method(), QByteArrayLiteral("/"), request.queryParameters(), signedHeaders, hashedPayload);
    const QByteArray expected
        = Acs3Signer::signature(Acs3Signer::stringToSign(canonical), m_accessKeys.value(authorization.credential));
    if (!constantTimeEqual(expected, authorization.signature.toLower())) {
        return refuse(400,
            QStringLiteral("SignatureDoesNotMatch"),
            tr("Specified signature is not matched with our calculation."));
    }
    const ActionReply stale = checkFreshness(QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-date"))),
        QString::fromUtf8(request.header(QByteArrayLiteral("x-acs-signature-nonce"))),
        now);
    if (stale.isError())
        return { QString(), QString(), stale };
    return { authorization.credential,
        m_credentialAccounts.value(authorization.credential, authorization.credential),
        ActionReply::ok() };
}

RequestAuthenticator::Result RequestAuthenticator::checkBearer(
    const QString& token, const QString& timestamp, const QString& nonce, const QDateTime& now)
{
    const bool known = std::any_of(m_bearerTokens.cbegin(), m_bearerTokens.cend(), [&token](const QString& accepted) {
        return constantTimeEqual(accepted.toUtf8(), token.toUtf8());
    });
    if (token.isEmpty() || !known) {
        return refuse(401,
            QStringLiteral("InvalidBearerToken.NotFound"),
            tr("Specified bearer token is not valid: check the API key (ALIYUN_API_KEY)."));
    }
    const ActionReply stale = checkFreshness(timestamp, nonce, now);
    if (stale.isError())
        return { QString(), QString(), stale };
    // The throttling key must not be the secret itself: a short hash names the token.
    const QByteArray digest = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString name = QStringLiteral("bearer:") + QString::fromLatin1(digest);
    return { name, m_credentialAccounts.value(token, name), ActionReply::ok() };
}

ActionReply RequestAuthenticator::checkFreshness(const QString& timestamp, const QString& nonce, const QDateTime& now)
{
    if (timestamp.isEmpty())
        return ActionReply::missingParameter(QStringLiteral("Timestamp"));
    const QDateTime time = parseTimestamp(timestamp);
    if (!time.isValid()) {
        return ActionReply::error(400,
            QStringLiteral("InvalidTimeStamp.Format"),
            tr("Specified time stamp is not in the format yyyy-MM-ddTHH:mm:ssZ."));
    }
    if (qAbs(time.secsTo(now)) > m_windowSeconds) {
        return ActionReply::error(400,
            QStringLiteral("InvalidTimeStamp.Expired"),
            tr("Specified time stamp or date value is expired: it is more than %1 minutes "
               "away from the server's clock.")
                .arg(m_windowSeconds / 60));
    }
    if (nonce.isEmpty())
        return ActionReply::missingParameter(QStringLiteral("SignatureNonce"));
    if (m_nonces.contains(nonce)) {
        return ActionReply::error(
            400, QStringLiteral("SignatureNonceUsed"), tr("Specified signature nonce was used already."));
    }
    m_nonces.insert(nonce, now);
    return ActionReply::ok();
}

void RequestAuthenticator::forgetOldNonces(const QDateTime& now)
{
    // A nonce older than the window cannot come back with a valid time stamp, so it may be forgotten.
    if (m_lastSweep.isValid() && m_lastSweep.secsTo(now) < 60)
        return;
    m_lastSweep = now;
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it.value().secsTo(now) > 2 * m_windowSeconds)
            it = m_nonces.erase(it);
        else
            ++it;
    }
}
