#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace TestSupport {

// A throwaway certificate authority and a server certificate it signed for 127.0.0.1 and localhost, made with
// the `openssl` command the first time they are needed in a process (about a tenth of a second) and never
// written outside a temporary directory. No system trust store ever contains this CA, so a client that does
// not add it must fail the TLS handshake.
struct TestCertificates
{
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    QString error; // why generation failed (e.g. openssl missing); empty on success

    bool ok() const { return error.isEmpty(); }
};

const TestCertificates &testCertificates();

// The default client configuration (system CAs) plus the test CA: what a client needs to trust TestServer's
// HTTPS variant. Adding a CA, never ignoring errors.
QSslConfiguration clientConfigurationTrustingTestCa();

} // namespace TestSupport
