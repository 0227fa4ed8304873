// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/packverifier.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Quorum::Ui {

class ReportJob;
struct ReportFailure;

/// Checks an audit pack offline, as an auditor would: choose a .zip, verify it on a worker
/// (Reports::verifyAuditPack, no database), and show the outcome — "Pack verified: N files,
/// M signatures" in green, or every file that fails with its reason.
class PackVerifyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackVerifyPanel)

public:
    explicit PackVerifyPanel(QWidget *parent = nullptr);
    ~PackVerifyPanel() override;

    /// Asks for a .zip (starting in the last folder used) and verifies it.
    void chooseAndVerify();
    /// Verifies @p zipPath on a worker; verified() or failed() follows.
    void verify(const QString &zipPath);
    bool isBusy() const;
    /// The last verification shown, if any.
    const std::optional<Reports::PackReport> &report() const { return m_report; }

Q_SIGNALS:
    /// The pack was checked; report() holds the outcome.
    void verified(bool holds);
    /// The pack could not be opened at all.
    void failed(const QString &message, const QString &detail);

private:
    void showReport(const Reports::PackReport &report);
    void showFailure(const ReportFailure &failure);
    void setBusy(bool busy);

    ReportJob *m_job;
    QPushButton *m_choose;
    QLabel *m_file;
    QProgressBar *m_busy;
    QLabel *m_result;
    QLabel *m_details;
    QListWidget *m_problems;
    std::optional<Reports::PackReport> m_report;
};

} // namespace Quorum::Ui
