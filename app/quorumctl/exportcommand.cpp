// SPDX-License-Identifier: GPL-3.0-or-later
// 'quorumctl export WHAT': approval records, Annex IV documentation, model cards, fairness
// reports, the release log and signed audit packs. Each kind lives in its own file (exports.h).
#include "command.h"
#include "commands.h"
#include "exports.h"
#include "invocation.h"
#include "reportcontextinput.h"

#include <QCoreApplication>

namespace Quorum::Cli {

namespace {

const QString kApprovalRecord = QStringLiteral("approval-record");

/// One kind of export: its word, the export options it takes and what runs it.
struct ExportKind
{
    QString name;
    QStringList options;
    ExitCode (*run)(const Invocation &);
};

const QList<ExportKind> &exportKinds()
{
    const QString out = QStringLiteral("out");
    const QString model = QStringLiteral("model");
    const QString version = QStringLiteral("version");
    static const QList<ExportKind> kinds{
        {kApprovalRecord, {out}, &Exports::approvalRecord},
        {QStringLiteral("annex-iv"), {model, version, out}, &Exports::annexIv},
        {QStringLiteral("audit-pack"),
         {model, version, QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("key"),
          QStringLiteral("passphrase-file"), out},
         &Exports::auditPack},
        {QStringLiteral("model-card"), {model, version, out}, &Exports::modelCard},
        {QStringLiteral("fairness"), {model, version, out}, &Exports::fairness},
        {QStringLiteral("release-log"), {out}, &Exports::releaseLog},
    };
    return kinds;
}

class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export approval records, reports (Annex IV, model card, fairness,\n"
                  "release log) and signed audit packs");
    }
    QString description() const override;
    QStringList synopses() const override;
    QList<Argument> arguments() const override
    {
        return {
            {QStringLiteral("WHAT"),
             tr("approval-record, annex-iv, audit-pack, model-card, fairness or\n"
                "release-log")},
            {QStringLiteral("REQUEST"), tr("approval-record only: the request's id, e.g. 12.")}};
    }
    qsizetype requiredArguments() const override { return 1; }
    QList<QCommandLineOption> options() const override;
    QList<ExitCodeMeaning> exitCodeMeanings() const override;

    ExitCode run(const Invocation &invocation) override
    {
        const QStringList positional = invocation.positionalArguments();
        const ExportKind &kind = kindNamed(positional.constFirst());
        if (kind.name == kApprovalRecord && positional.size() < 2) {
            throw UsageError(tr("missing argument REQUEST."));
        }
        if (kind.name != kApprovalRecord && positional.size() > 1) {
            throw UsageError(tr("unexpected argument '%1'.").arg(positional.at(1)));
        }
        for (const QCommandLineOption &option : options()) {
            const QString &optionName = option.names().constFirst();
            if (invocation.isSet(optionName) && !kind.options.contains(optionName)) {
                throw UsageError(
                    tr("--%1 does not go with 'export %2'.").arg(optionName, kind.name));
            }
        }
        return kind.run(invocation);
    }

private:
    static const ExportKind &kindNamed(const QString &what)
    {
        QStringList names;
        for (const ExportKind &kind : exportKinds()) {
            if (kind.name == what) {
                return kind;
            }
            names << kind.name;
        }
        throw UsageError(
            tr("unknown export '%1': use one of %2.").arg(what, names.join(QStringLiteral(", "))));
    }
};

QString ExportCommand::description() const
{
    return tr("approval-record: prints the approval record of a decided release request "
              "(release\nSOP §3) exactly as stored, the same JSON as the file in approvals/; "
              "with --out,\nwrites it to FILE. A pending, withdrawn or expired request has "
              "none.\n"
              "annex-iv: the technical documentation of Annex IV of Regulation (EU) "
              "2024/1689\nfor one model version, with a readiness summary of its gaps.\n"
              "model-card: the version's model card in Model Card Toolkit sections; with "
              "--out\nFILE.json, its latest revision as Model Card Toolkit JSON (what 'import\n"
              "model-card' reads).\n"
              "fairness: the version's fairness report (per-group metrics, four-fifths "
              "rule).\n"
              "  These three write the format --out's extension names: .pdf (PDF/A-1b), "
              ".html\n  or .md.\n"
              "release-log: model_release_log.md regenerated from the database, one row per\n"
              "decided release request; on stdout without --out.\n"
              "audit-pack: one ZIP for a model, a version or a period (--from and --to, "
              "dates\ninclusive): the audit report PDF, approval records, each decision's "
              "signed\nstatement with its CMS signature (.p7s), the signers' certificates, "
              "the audit\nevents as JSON Lines, VERIFY.txt and MANIFEST.json with every "
              "file's SHA-256,\nsigned with --key (a PKCS#12 file; its passphrase from "
              "--passphrase-file, else\nQUORUM_PASSPHRASE, else asked on the terminal). "
              "Check it with 'quorumctl verify\nPACK.zip'.\n"
              "Every file is written atomically: an existing one is replaced only by a "
              "complete\nnew one.\n")
        + reportContextHelp();
}

QStringList ExportCommand::synopses() const
{
    return {
        QStringLiteral("[--db FILE] export approval-record REQUEST [--out FILE]"),
        QStringLiteral(
            "[--db FILE] export annex-iv --model M --version V --out FILE.pdf|.html|.md"),
        QStringLiteral("[--db FILE] export model-card --model M --version V --out "
                       "FILE.pdf|.html|.md|.json"),
        QStringLiteral(
            "[--db FILE] export fairness --model M --version V --out FILE.pdf|.html|.md"),
        QStringLiteral("[--db FILE] export release-log [--out FILE.md]"),
        QStringLiteral("[--db FILE] export audit-pack (--model M [--version V] | --from DATE "
                       "--to DATE)\n"
                       "                 --key FILE.p12 [--passphrase-file FILE] --out FILE.zip"),
    };
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption({QStringLiteral("out")},
                           tr("Write to FILE; for reports its extension picks the format."),
                           QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("model")}, tr("The model's name."), QStringLiteral("M")),
        QCommandLineOption({QStringLiteral("version")}, tr("The version, e.g. 2.1.0."),
                           QStringLiteral("V")),
        QCommandLineOption({QStringLiteral("from")},
                           tr("audit-pack: the period's first day, YYYY-MM-DD."),
                           QStringLiteral("DATE")),
        QCommandLineOption({QStringLiteral("to")},
                           tr("audit-pack: the period's last day, YYYY-MM-DD."),
                           QStringLiteral("DATE")),
        QCommandLineOption({QStringLiteral("key")},
                           tr("audit-pack: your signing key file, which signs the\nmanifest."),
                           QStringLiteral("FILE.p12")),
        QCommandLineOption({QStringLiteral("passphrase-file")},
                           tr("audit-pack: read the key's passphrase from the first\nline of "
                              "FILE."),
                           QStringLiteral("FILE")),
    };
}

QList<ExitCodeMeaning> ExportCommand::exitCodeMeanings() const
{
    return {
        {ExitCode::Failed,
         tr("no such model, version or request; the request has no approval record\n"
            "(pending, withdrawn or expired); nothing in the period; model-card\n"
            "--out FILE.json: the version has no model card")},
        {ExitCode::Usage,
         tr("usage error: an unknown WHAT, an option that does not go with it, an\n"
            "--out extension other than .pdf, .html, .md (.zip for audit-pack), a bad\n"
            "date or scope, no passphrase; nothing was written")},
        {ExitCode::Database,
         tr("database error; --out could not be written; the --key file cannot be\n"
            "opened (missing, not a key, wrong passphrase) or cannot sign; nothing\n"
            "was written")},
    };
}

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace Quorum::Cli
