// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelcard/modelcardread.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace Quorum::Ui {

/// Two revisions of a model card side by side: the pretty-printed JSON of each, aligned line
/// for line, changed lines tinted (diffColors), both sides scrolling together; below, the
/// changed fields by key path with their old and new values.
class CompareRevisionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRevisionsDialog)

public:
    /// @p revisions newest first (as the tab lists them); compares the one before the latest
    /// with the latest at first.
    CompareRevisionsDialog(const QString &cardTitle, std::vector<CardRevision> revisions,
                           QWidget *parent = nullptr);

    /// Compares revision @p from (left) with revision @p to (right).
    void compare(int from, int to);

private:
    QComboBox *createChooser(const QString &objectName, const QString &accessibleName);
    QHBoxLayout *createChoosersRow();
    void showComparison();
    void fillFields(const QString &before, const QString &after);
    void syncScrolling();

    std::vector<CardRevision> m_revisions;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
    QTreeWidget *m_fields = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Quorum::Ui
