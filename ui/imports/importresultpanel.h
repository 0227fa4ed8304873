// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importplan.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QTableView;

namespace Quorum::Ui {

class ImportPreviewModel;

/// The lower half of File → Import…: the preview's summary line, its table of changes and its
/// warnings; the progress of a running step; and the outcome — a red message with the
/// importer's complete error, or what was imported.
class ImportResultPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultPanel)

public:
    explicit ImportResultPanel(QWidget *parent = nullptr);

    /// Forgets the preview and every message; the summary line says @p summary, by default
    /// how to start.
    void clear(const QString &summary = {});
    /// Shows @p plan: the summary, one row per change, the warnings.
    void showPlan(const ImportPlan &plan);
    /// A step is running: the bar moves (busy while @p total is 0) and @p step is said.
    void showProgress(int done, int total, const QString &step);
    enum class Outcome {
        Done,
        Error,
    };
    /// The step ended: the bar hides and @p message is said (in red when it is an error),
    /// with @p detail as its tool tip.
    void showOutcome(Outcome outcome, const QString &message, const QString &detail = {});

    QString summary() const;
    QString message() const;
    int rowCount() const;

private:
    ImportPreviewModel *m_model;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_warnings = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Quorum::Ui
