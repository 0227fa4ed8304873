// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsourceform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

#include <array>

namespace Quorum::Ui {

namespace {

constexpr std::array kAllImportKinds{ImportKind::Mlflow, ImportKind::ModelCard, ImportKind::HfCard,
                                     ImportKind::Evidently, ImportKind::Evaluation};
constexpr auto kKindSetting = "import/kind";
constexpr auto kFolderSetting = "import/folder";

QString fileFilter(ImportKind kind)
{
    const QString all = ImportSourceForm::tr("All files (*)");
    const auto withAll
        = [&all](const QString &filter) { return filter + QStringLiteral(";;") + all; };
    switch (kind) {
    case ImportKind::ModelCard:
        return withAll(ImportSourceForm::tr("Model Card Toolkit JSON (*.json)"));
    case ImportKind::HfCard:
        return withAll(ImportSourceForm::tr("Hugging Face model cards (README.md *.md)"));
    case ImportKind::Evidently:
        return withAll(ImportSourceForm::tr("Evidently reports (*.json)"));
    case ImportKind::Evaluation:
        return withAll(ImportSourceForm::tr("Evaluation files (*.json *.csv)"));
    case ImportKind::Mlflow:
        break;
    }
    return all;
}

} // namespace

ImportSourceForm::ImportSourceForm(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->setAccessibleName(tr("Kind of source"));
    for (const ImportKind kind : kAllImportKinds) {
        m_kind->addItem(importKindLabel(kind), importKindKey(kind));
    }
    const std::optional<ImportKind> remembered
        = importKindFromKey(QSettings().value(QLatin1String(kKindSetting)).toString());
    m_kind->setCurrentIndex(
        m_kind->findData(importKindKey(remembered.value_or(ImportKind::Evaluation))));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importSource"));
    m_path->setAccessibleName(tr("Source file or folder"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("importBrowse"));
    m_browse->setAccessibleName(tr("Browse for the source"));
    auto *source = new QHBoxLayout;
    source->addWidget(m_path, 1);
    source->addWidget(m_browse);
    m_liftLimit = new QCheckBox(tr("Import files over the si&ze limit"));
    m_liftLimit->setObjectName(QStringLiteral("importLiftSizeLimit"));
    m_liftLimit->setToolTip(tr("Reads JSON, Markdown and CSV files over 32 MiB and YAML over "
                               "1 MiB, which are refused otherwise"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Kind:"), m_kind);
    auto *sourceLabel = new QLabel(tr("&Source:"));
    sourceLabel->setBuddy(m_path);
    form->addRow(sourceLabel, source);
    form->addRow(m_liftLimit);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourceForm::onKindChanged);
    connect(m_path, &QLineEdit::textChanged, this, &ImportSourceForm::changed);
    connect(m_browse, &QPushButton::clicked, this, &ImportSourceForm::browse);
    connect(m_liftLimit, &QCheckBox::toggled, this, &ImportSourceForm::changed);
    onKindChanged();
}

ImportKind ImportSourceForm::kind() const
{
    return importKindFromKey(m_kind->currentData().toString()).value_or(ImportKind::Evaluation);
}

void ImportSourceForm::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(importKindKey(kind)));
}

QString ImportSourceForm::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportSourceForm::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

SizeLimit ImportSourceForm::sizeLimit() const
{
    return m_liftLimit->isChecked() ? SizeLimit::Lifted : SizeLimit::Enforced;
}

void ImportSourceForm::focusPath()
{
    m_path->setFocus();
}

void ImportSourceForm::browse()
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(kFolderSetting)).toString();
    QString chosen;
    if (kind() == ImportKind::Mlflow) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Choose an MLflow Store (mlruns)"),
                                                   folder);
    } else {
        chosen = QFileDialog::getOpenFileName(this, tr("Choose the File to Import"), folder,
                                              fileFilter(kind()));
    }
    if (chosen.isEmpty()) {
        return;
    }
    const QFileInfo info(chosen);
    settings.setValue(QLatin1String(kFolderSetting),
                      info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    setPath(chosen);
}

void ImportSourceForm::onKindChanged()
{
    QSettings().setValue(QLatin1String(kKindSetting), importKindKey(kind()));
    m_path->setPlaceholderText(kind() == ImportKind::Mlflow ? tr("The store's folder: …/mlruns")
                                                            : tr("The file to import"));
    Q_EMIT kindChanged(kind());
    Q_EMIT changed();
}

} // namespace Quorum::Ui
