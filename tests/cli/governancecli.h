// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctlrunner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Quorum::Test {

/// A version's evidence, chosen so that every release check passes (the defaults) or one
/// fails on purpose.
struct CliEvidence
{
    double accuracy = 0.91;
    double riskScore = 0.20;
    double psi = 0.04;
};

/// A governance database in its own folder for end-to-end release tests, with the people of
/// the release SOP, each with a registered test key (tests/support/testkeys.h). By handle:
/// owner (owner, reviewer), submitter (ml-engineer, reviewer), reviewer1…reviewer4,
/// engineer (ml-engineer), compliance, legal, qa, mllead (ml-lead). Models are owned by
/// "owner" and versions registered and submitted by "submitter".
class GovernanceCli
{
public:
    GovernanceCli();

    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString email(const QString &handle) const;
    QString keyFile(const QString &handle) const;

    /// Runs quorumctl on this database with the test keys' passphrase in QUORUM_PASSPHRASE
    /// (plus @p environment).
    CtlResult run(const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment()) const;

    /// Registers @p version of @p model (a new model gets @p tier) through 'quorumctl
    /// register', then stores @p evidence for it (none: every check fails for lack of it).
    void registerVersion(const QString &model, const QString &version, int tier,
                         std::optional<CliEvidence> evidence = CliEvidence());
    /// Submits it to production as "submitter" through 'quorumctl submit'; the request id.
    qint64 submit(const QString &model, const QString &version);
    /// 'quorumctl decide REQUEST --key <handle's key>' with @p arguments (default: approve).
    CtlResult decide(const QString &handle, qint64 requestId,
                     const QStringList &arguments = approve()) const;
    static QStringList approve();

    /// 'quorumctl submit … --wait' started in the background, with @p extra arguments.
    std::unique_ptr<QProcess> startSubmitAndWait(const QString &model, const QString &version,
                                                 const QStringList &extra = {}) const;
    /// The request id that a background 'submit' printed first.
    static qint64 requestIdPrinted(QProcess &process);
    /// Waits for a background run to end.
    static CtlResult finish(QProcess &process);

    /// The first column of the first row of @p sql.
    QVariant scalar(const QString &sql) const { return rawScalar(m_path, sql); }
    qint64 decisionCount() const;

private:
    void addPerson(const QString &handle, const QStringList &roles);
    void addEvidence(const QString &model, const QString &version, const CliEvidence &evidence);

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Quorum::Test
