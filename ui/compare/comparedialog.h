// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/versioncomparison.h"

#include <QDialog>

#include <array>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Quorum {
class Database;
} // namespace Quorum

namespace Quorum::Ui {

class CompareTable;

/// Version compare: a candidate beside a baseline (by default the version in production) —
/// metric deltas with the > 1 % regression rule highlighted, fairness per group, drift status
/// and model-card changes. Reads on a worker; non-modal, so a reviewer can keep it open beside
/// the inbox.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    /// Compares version @p candidateId with @p baselineId, or with its model's version in
    /// production when @p baselineId is 0, in @p db's file. @p db must outlive the dialog
    /// (close the dialog when the database closes): every re-read opens its own connection to
    /// the file of @p db.
    CompareDialog(const Database &db, qint64 candidateId, qint64 baselineId,
                  QWidget *parent = nullptr);

    /// Reads and shows @p candidateId against @p baselineId (nullopt: the default baseline).
    void compare(qint64 candidateId, std::optional<qint64> baselineId);
    /// Swaps candidate and baseline and reads again (nothing when there is no baseline).
    void swapVersions();
    /// Copies the selected rows of the visible section, with its header, as tab-separated text.
    void copySelectedRows();
    /// A read is under way.
    bool isBusy() const { return m_busy; }
    /// The comparison shown, if any.
    const std::optional<VersionComparison> &comparison() const { return m_comparison; }

Q_SIGNALS:
    /// The comparison is read and shown (or that there is nothing to compare).
    void loaded();
    void readFailed(const QString &message, const QString &detail);

private:
    struct Snapshot;

    void buildHeader();
    void buildSections();
    void buildButtons();
    void display(const Snapshot &snapshot);
    void showSections();
    void fillPickers(const std::vector<ModelVersion> &versions);
    void candidatePicked();
    void baselinePicked();

    const Database &m_db;
    QComboBox *m_candidatePicker;
    QComboBox *m_baselinePicker;
    QPushButton *m_swap;
    QLabel *m_baselineNote;
    QLabel *m_summary;
    QTabWidget *m_sections;
    std::array<CompareTable *, 4> m_tables{};
    std::array<QLabel *, 4> m_notes{};
    QPushButton *m_copy = nullptr;

    std::optional<VersionComparison> m_comparison;
    int m_generation = 0;
    bool m_busy = false;
};

} // namespace Quorum::Ui
