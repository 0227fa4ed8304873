// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/apply/importrequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace Quorum::Ui {

/// The "what" part of File → Import…: the kind of source, its file or folder — Browse… opens
/// a folder chooser for an MLflow store, a file chooser with the kind's name filters otherwise —
/// and whether files over the size limits are read. The last kind and folder are remembered
/// (QSettings "import/kind", "import/folder").
class ImportSourceForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSourceForm)

public:
    explicit ImportSourceForm(QWidget *parent = nullptr);

    ImportKind kind() const;
    void setKind(ImportKind kind);
    /// The file or folder as typed, trimmed, with "/" separators.
    QString path() const;
    void setPath(const QString &path);
    SizeLimit sizeLimit() const;
    void focusPath();

Q_SIGNALS:
    void kindChanged(Quorum::ImportKind kind);
    /// The kind, the path or the size limit changed.
    void changed();

private:
    void browse();
    void onKindChanged();

    QComboBox *m_kind = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_liftLimit = nullptr;
};

} // namespace Quorum::Ui
