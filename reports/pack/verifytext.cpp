// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifytext.h"

#include "packentries.h"
#include "packmanifest.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

QString cmsVerify(const QString &signature, const QString &content, const QString &fingerprint)
{
    return QStringLiteral("openssl cms -verify -binary -inform DER -in %1 -content %2 -certfile "
                          "%3 -nointern -noverify -out /dev/null\n")
        .arg(signature, content, certificateEntryName(fingerprint));
}

QString introduction(const PackManifest &m)
{
    return tr("Quorum audit pack\n"
              "=================\n\n"
              "This ZIP file is an audit pack exported from Quorum, an AI-model governance\n"
              "workbench. It proves itself: MANIFEST.json lists every file with its SHA-256,\n"
              "and MANIFEST.json is signed by the person who exported the pack.\n\n"
              "Scope:             %1\n"
              "Generated at:      %2 (UTC) by %3\n"
              "Exported by:       %4 <%5>\n"
              "Database instance: %6\n\n")
        .arg(m.scope, manifestTime(m.generatedAt), m.generator, m.exporterName, m.exporterEmail,
             m.databaseInstanceId);
}

QString contents()
{
    return tr("What it holds\n"
              "-------------\n"
              "report.pdf                    the audit report: requests, threshold checks,\n"
              "                              decisions with their signatures, fairness and\n"
              "                              drift charts, model card, audit-trail extract and\n"
              "                              the verification result at export time\n"
              "approvals/<approval_id>.json  the approval record of each decided request\n"
              "decisions/decision-<id>.json  each decision's statement, bytes exactly as signed\n"
              "decisions/decision-<id>.p7s   its detached CMS signature (DER)\n"
              "certificates/<sha256>.pem     the certificates of the signers and the exporter,\n"
              "                              each named by its SHA-256 fingerprint\n"
              "audit/events.jsonl            the audit-trail events of the scope, one JSON object\n"
              "                              per line; \"hash\" is the SHA-256 of the event's\n"
              "                              canonical content, \"prev_hash\" links it to the\n"
              "                              event before\n"
              "VERIFY.txt                    this file\n"
              "MANIFEST.json                 every file above with its SHA-256 and size\n"
              "MANIFEST.json.p7s             the exporter's detached CMS signature of it\n\n"
              "The whole pack is checked offline, without the database, by:\n"
              "    quorumctl verify PACK.zip\n\n");
}

QString fingerprints(const PackManifest &m, const std::vector<PackedDecision> &decisions)
{
    std::map<QString, std::pair<QString, QStringList>> who; // fingerprint → name, roles
    who[m.exporterFingerprint] = {m.exporterName, {tr("exporter")}};
    for (const PackedDecision &d : decisions) {
        auto &[name, roles] = who[d.signerFingerprint];
        name = name.isEmpty() ? d.signerName : name;
        if (!roles.contains(tr("signer"))) {
            roles.append(tr("signer"));
        }
    }
    QString text = tr("Checking it by hand\n"
                      "-------------------\n"
                      "Unzip the pack into an empty folder and run the commands below in it with\n"
                      "bash. They need OpenSSL (1.1 or 3) and GNU coreutils, and stop at the\n"
                      "first check that fails. To run them all at once:\n"
                      "    sed -n '/^# ----- begin commands/,/^# ----- end commands/p' VERIFY.txt "
                      "| bash\n\n"
                      "The OpenSSL commands use -noverify: it skips the certificate chain, since\n"
                      "the pack does not rely on a certificate authority. Each certificate is\n"
                      "pinned by its SHA-256 fingerprint instead: the fingerprint names its file\n"
                      "and is checked first, and -nointern makes OpenSSL use that certificate\n"
                      "only, never one carried inside a signature. Compare the fingerprints with\n"
                      "the ones registered for these people:\n");
    for (const auto &[fingerprint, person] : who) {
        text += QStringLiteral("    %1  %2 (%3)\n")
                    .arg(fingerprint, person.first, person.second.join(QStringLiteral(", ")));
    }
    return text + QLatin1Char('\n');
}

QString commands(const PackManifest &m, const std::vector<PackedDecision> &decisions)
{
    QString text = QStringLiteral("# ----- begin commands -----\nset -e\n");
    text += tr("# 1. Each certificate has the SHA-256 fingerprint its file name gives.\n");
    for (const ManifestFile &file : m.files) {
        if (file.path.startsWith(QStringLiteral("certificates/"))) {
            const QString fingerprint = file.path.mid(13, 64);
            text += QStringLiteral("test \"$(openssl x509 -in %1 -outform DER | openssl dgst "
                                   "-sha256 -r | cut -c1-64)\" = %2\n")
                        .arg(file.path, fingerprint);
        }
    }
    text += tr("# 2. The exporter signed MANIFEST.json.\n")
        + cmsVerify(kManifestSignatureEntry, kManifestEntry, m.exporterFingerprint);
    text += tr("# 3. Every file has the SHA-256 MANIFEST.json lists (VERIFY.txt cannot list its\n"
               "#    own digest: it is looked up in MANIFEST.json).\n");
    text += QStringLiteral("grep -q \"\\\"sha256\\\": \\\"$(openssl dgst -sha256 -r VERIFY.txt "
                           "| cut -c1-64)\\\"\" MANIFEST.json\n");
    text += QStringLiteral("sha256sum --check --strict --quiet <<'EOF'\n");
    for (const ManifestFile &file : m.files) {
        text += QStringLiteral("%1  %2\n").arg(file.sha256, file.path);
    }
    text += QStringLiteral("EOF\n") + tr("#    The same with OpenSSL alone:\n");
    for (const ManifestFile &file : m.files) {
        text += QStringLiteral("test \"$(openssl dgst -sha256 -r %1 | cut -c1-64)\" = %2\n")
                    .arg(file.path, file.sha256);
    }
    text += tr("# 4. Each decision's signature holds over its statement, with the certificate of\n"
               "#    its signer.\n");
    for (const PackedDecision &d : decisions) {
        text += cmsVerify(decisionSignatureEntryName(d.id), decisionStatementEntryName(d.id),
                          d.signerFingerprint);
    }
    text += QStringLiteral("echo \"%1\"\n# ----- end commands -----\n")
                .arg(tr("All checks of the audit pack passed."));
    return text;
}

} // namespace

QByteArray verifyText(const PackManifest &manifest, const std::vector<PackedDecision> &decisions)
{
    return (introduction(manifest) + contents() + fingerprints(manifest, decisions)
            + commands(manifest, decisions))
        .toUtf8();
}

} // namespace Quorum::Reports
