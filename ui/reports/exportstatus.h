// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Quorum::Ui {

/// The strip under the Reports area that follows an export: a progress bar with the current
/// step and Cancel while it runs; then what was written with "Open folder" and "Open file",
/// or that it was cancelled or failed. Hidden until the first export.
class ExportStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportStatus)

public:
    explicit ExportStatus(QWidget *parent = nullptr);

    /// An export to @p path started.
    void showRunning(const QString &path);
    /// @p done of @p total, doing @p step.
    void showProgress(int done, int total, const QString &step);
    /// @p path was written; @p summary says what it holds.
    void showWritten(const QString &path, const QString &summary);
    /// The export stopped without writing: cancelled or failed, as @p text says.
    void showStopped(const QString &text);

    QString text() const;
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *openFileButton() const { return m_openFile; }

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_progress;
    QLabel *m_text;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_openFile;
    QString m_path;
};

} // namespace Quorum::Ui
