// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelcards/modelcardformfields.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Quorum::Ui {

/// The editor's form: the fields of a model card people edit most (version name, overview,
/// licence, intended users, use cases, limitations, trade-offs, ethical considerations with
/// their mitigations). List fields take one item per line.
class ModelCardForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCardForm)

public:
    explicit ModelCardForm(QWidget *parent = nullptr);

    /// Shows @p fields; edited() is not emitted for this.
    void setFields(const ModelCardFormFields &fields);
    ModelCardFormFields fields() const;

Q_SIGNALS:
    /// The user changed a field.
    void edited();

private:
    QLineEdit *addLine(const QString &label, const QString &objectName);
    QPlainTextEdit *addText(const QString &label, const QString &objectName, int lines,
                            const QString &placeholder = {});
    QWidget *createEthicsEditor();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_versionName = nullptr;
    QPlainTextEdit *m_overview = nullptr;
    QLineEdit *m_licence = nullptr;
    QPlainTextEdit *m_users = nullptr;
    QPlainTextEdit *m_useCases = nullptr;
    QPlainTextEdit *m_limitations = nullptr;
    QPlainTextEdit *m_tradeoffs = nullptr;
    QTableWidget *m_ethics = nullptr;
    bool m_filling = false;
};

} // namespace Quorum::Ui
