// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelcard.h"
#include "domain/person.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

class ModelCardForm;

/// Edits a version's model card as its owner: a form for the fields people edit most and a
/// JSON tab with the whole document, kept in sync when switching tabs. JSON that does not
/// parse or breaks the schema is shown with its line and column or key path, and Save is
/// disabled until it is fixed. Save (Ctrl+S) writes a new revision on a worker
/// (ModelCardService) and then closes the dialog; closing with unsaved changes asks first.
class ModelCardEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCardEditor)

public:
    struct Target
    {
        qint64 versionId = 0;
        QString title;        ///< "Card fraud detector 1.1.0"
        QString contentJson;  ///< the revision the edit starts from (may be empty)
        int baseRevision = 0; ///< its number; 0 when the version has no card yet
    };

    ModelCardEditor(Target target, Person author, std::function<const Database *()> source,
                    QWidget *parent = nullptr);

    /// Whether the card differs from the revision the edit started from.
    bool isModified() const;
    /// The whole card as the JSON tab shows it (after syncing the form into it).
    QString json();
    /// Saves on a worker; saved() or an error message in the dialog follows.
    void save();

Q_SIGNALS:
    /// A new revision was written; the dialog closes.
    void saved(const Quorum::ModelCard &card);

public:
    void reject() override;

private:
    QWidget *createJsonPage();
    void syncForm();
    void syncJson();
    void checkJson();
    void updateState();
    void showError(const QString &text);

    Target m_target;
    Person m_author;
    std::function<const Database *()> m_source;
    QJsonObject m_original;
    QJsonObject m_card; ///< the card as last synced from either tab
    bool m_formDirty = false;
    bool m_jsonDirty = false;
    bool m_jsonValid = true;
    bool m_saving = false;
    QTabWidget *m_tabs = nullptr;
    ModelCardForm *m_form = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Quorum::Ui
