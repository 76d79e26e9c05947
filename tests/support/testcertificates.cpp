#include "testcertificates.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace TestSupport {
namespace {

QString runOpenssl(const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(10'000))
        return QStringLiteral("cannot start openssl: ") + process.errorString();
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.value(0), QString::fromLocal8Bit(process.readAll()));
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TestCertificates generate()
{
    TestCertificates out;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out.error = QStringLiteral("cannot create a temporary directory");
        return out;
    }
    const QString d = dir.path();
    {
        QFile ext(d + QStringLiteral("/server.ext"));
        if (!ext.open(QIODevice::WriteOnly)) {
            out.error = QStringLiteral("cannot write server.ext");
            return out;
        }
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                  "basicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\n"
                  "extendedKeyUsage=serverAuth\n");
    }
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QList<QStringList> steps{
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=Message Inspector Test CA")},
        QStringList{QStringLiteral("req")} + ecKey +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                        QStringLiteral("server.csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=localhost")},
        QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem")},
    };
    for (const QStringList &step : steps) {
        out.error = runOpenssl(step, d);
        if (!out.ok())
            return out;
    }
    out.ca = QSslCertificate(readFile(d + QStringLiteral("/ca.pem")), QSsl::Pem);
    out.server = QSslCertificate(readFile(d + QStringLiteral("/server.pem")), QSsl::Pem);
    out.serverKey = QSslKey(readFile(d + QStringLiteral("/server.key")), QSsl::Ec, QSsl::Pem);
    if (out.ca.isNull() || out.server.isNull() || out.serverKey.isNull())
        out.error = QStringLiteral("openssl output could not be loaded");
    return out;
}

} // namespace

const TestCertificates &testCertificates()
{
    static const TestCertificates certificates = generate();
    return certificates;
}

QSslConfiguration clientConfigurationTrustingTestCa()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(testCertificates().ca);
    return configuration;
}

} // namespace TestSupport
