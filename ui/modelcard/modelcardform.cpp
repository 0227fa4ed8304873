// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcardform.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

QStringList nonEmptyLines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            out << line.trimmed();
        }
    }
    return out;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

ModelCardForm::ModelCardForm(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const QString onePerLine = tr("One per line");
    m_versionName = addLine(tr("&Version name"), QStringLiteral("cardVersionName"));
    m_overview = addText(tr("&Overview"), QStringLiteral("cardOverview"), 4);
    m_licence = addLine(tr("&Licence"), QStringLiteral("cardLicence"));
    m_licence->setPlaceholderText(tr("An SPDX identifier such as Apache-2.0, or proprietary"));
    m_users = addText(tr("Intended &users"), QStringLiteral("cardUsers"), 2, onePerLine);
    m_useCases = addText(tr("Use &cases"), QStringLiteral("cardUseCases"), 2, onePerLine);
    m_limitations = addText(tr("Li&mitations"), QStringLiteral("cardLimitations"), 3, onePerLine);
    m_tradeoffs = addText(tr("&Trade-offs"), QStringLiteral("cardTradeoffs"), 2, onePerLine);
    auto *ethicsLabel = new QLabel(tr("&Ethical considerations:"));
    QWidget *ethics = createEthicsEditor();
    ethicsLabel->setBuddy(m_ethics);
    m_form->addRow(ethicsLabel, ethics);
}

QLineEdit *ModelCardForm::addLine(const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    connect(edit, &QLineEdit::textEdited, this, &ModelCardForm::edited);
    auto *caption = new QLabel(tr("%1:").arg(label));
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    return edit;
}

QPlainTextEdit *ModelCardForm::addText(const QString &label, const QString &objectName, int lines,
                                       const QString &placeholder)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(QFontMetrics(edit->font()).lineSpacing() * lines + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT edited();
        }
    });
    auto *caption = new QLabel(tr("%1:").arg(label));
    caption->setBuddy(edit);
    m_form->addRow(caption, edit);
    return edit;
}

QWidget *ModelCardForm::createEthicsEditor()
{
    m_ethics = new QTableWidget(0, 2);
    m_ethics->setObjectName(QStringLiteral("cardEthics"));
    m_ethics->setAccessibleName(tr("Ethical considerations"));
    m_ethics->setHorizontalHeaderLabels({tr("Risk"), tr("Mitigation")});
    m_ethics->horizontalHeader()->setStretchLastSection(true);
    m_ethics->verticalHeader()->hide();
    m_ethics->setMinimumHeight(110);
    m_ethics->setTabKeyNavigation(false);
    connect(m_ethics, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling) {
            Q_EMIT edited();
        }
    });
    auto *add = new QPushButton(tr("A&dd"));
    add->setObjectName(QStringLiteral("addEthicsButton"));
    add->setAccessibleName(tr("Add an ethical consideration"));
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeEthicsButton"));
    remove->setAccessibleName(tr("Remove the selected ethical consideration"));
    connect(add, &QPushButton::clicked, this, [this] {
        m_ethics->insertRow(m_ethics->rowCount());
        m_ethics->setCurrentCell(m_ethics->rowCount() - 1, 0);
        m_ethics->editItem(m_ethics->currentItem());
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_ethics->currentRow() >= 0) {
            m_ethics->removeRow(m_ethics->currentRow());
            Q_EMIT edited();
        }
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ethics, 1);
    layout->addLayout(buttons);
    return box;
}

void ModelCardForm::setFields(const ModelCardFormFields &fields)
{
    m_filling = true;
    m_versionName->setText(fields.versionName);
    m_overview->setPlainText(fields.overview);
    m_licence->setText(fields.licence);
    m_users->setPlainText(fields.users.join(QLatin1Char('\n')));
    m_useCases->setPlainText(fields.useCases.join(QLatin1Char('\n')));
    m_limitations->setPlainText(fields.limitations.join(QLatin1Char('\n')));
    m_tradeoffs->setPlainText(fields.tradeoffs.join(QLatin1Char('\n')));
    m_ethics->setRowCount(0);
    for (const EthicalConsideration &e : fields.ethicalConsiderations) {
        const int row = m_ethics->rowCount();
        m_ethics->insertRow(row);
        m_ethics->setItem(row, 0, new QTableWidgetItem(e.name));
        m_ethics->setItem(row, 1, new QTableWidgetItem(e.mitigation));
    }
    m_ethics->resizeRowsToContents();
    m_filling = false;
}

ModelCardFormFields ModelCardForm::fields() const
{
    ModelCardFormFields fields;
    fields.versionName = m_versionName->text().trimmed();
    fields.overview = m_overview->toPlainText().trimmed();
    fields.licence = m_licence->text().trimmed();
    fields.users = nonEmptyLines(m_users);
    fields.useCases = nonEmptyLines(m_useCases);
    fields.limitations = nonEmptyLines(m_limitations);
    fields.tradeoffs = nonEmptyLines(m_tradeoffs);
    for (int row = 0; row < m_ethics->rowCount(); ++row) {
        EthicalConsideration e{cellText(m_ethics, row, 0), cellText(m_ethics, row, 1)};
        if (!e.name.isEmpty() || !e.mitigation.isEmpty()) {
            fields.ethicalConsiderations.push_back(std::move(e));
        }
    }
    return fields;
}

} // namespace Quorum::Ui
