// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardeditor.h"

#include "modelcard/modelcardform.h"
#include "modelcards/modelcardcheck.h"
#include "modelcards/modelcardjson.h"
#include "modelcards/modelcardservice.h"
#include "widgets/backgroundwork.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

// Ctrl+S everywhere, also where the platform theme names no key for QKeySequence::Save.
const QKeySequence kSaveKey(Qt::CTRL | Qt::Key_S);

} // namespace

ModelCardEditor::ModelCardEditor(Target target, Person author,
                                 std::function<const Database *()> source, QWidget *parent)
    : QDialog(parent)
    , m_target(std::move(target))
    , m_author(std::move(author))
    , m_source(std::move(source))
    , m_original(modelCardObject(m_target.contentJson))
    , m_card(m_original)
{
    setObjectName(QStringLiteral("modelCardEditor"));
    setWindowTitle(m_target.baseRevision > 0 ? tr("Edit model card — %1 (from revision %2)")
                                                   .arg(m_target.title)
                                                   .arg(m_target.baseRevision)
                                             : tr("New model card — %1").arg(m_target.title));
    m_form = new ModelCardForm;
    m_form->setFields(modelCardFormFields(m_card));
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(formScroll, tr("&Form"));
    m_tabs->addTab(createJsonPage(), tr("&JSON"));
    connect(m_form, &ModelCardForm::edited, this, [this] {
        m_formDirty = true;
        updateState();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { index == 0 ? syncForm() : syncJson(); });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveCardButton"));
    m_save->setText(tr("&Save revision"));
    m_save->setToolTip(tr("Save the card as a new revision (%1)")
                           .arg(kSaveKey.toString(QKeySequence::NativeText)));
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelCardEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModelCardEditor::reject);
    connect(new QShortcut(kSaveKey, this), &QShortcut::activated, this, &ModelCardEditor::save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(860, 720);
    updateState();
}

QWidget *ModelCardEditor::createJsonPage()
{
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("cardJson"));
    m_json->setAccessibleName(tr("Model card JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setPlainText(prettyModelCardJson(m_card));
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        m_jsonDirty = true;
        checkJson();
    });
    return m_json;
}

bool ModelCardEditor::isModified() const
{
    if (!m_jsonValid) {
        return true;
    }
    return (m_formDirty ? withModelCardFormFields(m_card, m_form->fields()) : m_card) != m_original;
}

QString ModelCardEditor::json()
{
    syncJson();
    return m_json->toPlainText();
}

/// Leaving the JSON tab: a valid document becomes the form's content.
void ModelCardEditor::syncForm()
{
    if (m_jsonDirty && m_jsonValid) {
        m_card = checkModelCardJson(m_json->toPlainText()).content;
        m_form->setFields(modelCardFormFields(m_card));
        m_jsonDirty = false;
    }
    updateState();
}

/// Leaving the form: its fields are written into the document.
void ModelCardEditor::syncJson()
{
    if (m_formDirty) {
        m_card = withModelCardFormFields(m_card, m_form->fields());
        const QSignalBlocker blocker(m_json);
        m_json->setPlainText(prettyModelCardJson(m_card));
        m_formDirty = false;
        m_jsonDirty = false;
    }
    updateState();
}

void ModelCardEditor::checkJson()
{
    const ModelCardCheck check = checkModelCardJson(m_json->toPlainText());
    m_jsonValid = check.isValid();
    if (m_jsonValid) {
        m_card = check.content;
        showError({});
    } else {
        showError(tr("The JSON is not a valid model card: %1").arg(check.error));
    }
    updateState();
}

void ModelCardEditor::updateState()
{
    m_tabs->setTabEnabled(0, m_jsonValid);
    m_save->setEnabled(!m_saving && m_jsonValid && isModified());
}

void ModelCardEditor::showError(const QString &text)
{
    // A sign as well as the words, so the error is not told by colour alone.
    m_message->setText(text.isEmpty() ? QString() : tr("⚠ %1").arg(text));
    m_message->setVisible(!text.isEmpty());
}

void ModelCardEditor::save()
{
    const Database *db = m_source ? m_source() : nullptr;
    const QString content = json();
    if (m_saving || !m_jsonValid || !db) {
        return;
    }
    if (!isModified()) {
        showError(tr("Nothing changed: the card is the same as the revision you started from."));
        return;
    }
    m_saving = true;
    updateState();
    m_message->setText(tr("Saving…"));
    m_message->show();
    runWithDatabase<ModelCard>(
        this, *db,
        [versionId = m_target.versionId, content, author = m_author](Database &worker) {
            return ModelCardService(worker).saveRevision(versionId, content, author);
        },
        [this](const ModelCard &card) {
            m_saving = false;
            m_original = m_card;
            Q_EMIT saved(card);
            accept();
        },
        [this](const WorkFailure &failure) {
            m_saving = false;
            showError(failure.message);
            updateState();
        });
}

void ModelCardEditor::reject()
{
    if (m_saving) {
        return;
    }
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    // Asked without a nested event loop, so the question is an ordinary window of the dialog.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                                     tr("The model card has changes that are not saved. Close "
                                        "the editor and discard them?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("discardChangesQuestion"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question] {
        if (question->clickedButton() == question->button(QMessageBox::Discard)) {
            QDialog::reject();
        }
    });
    question->open();
}

} // namespace Quorum::Ui
