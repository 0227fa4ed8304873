// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "imports/importresultpanel.h"
#include "imports/importsourceform.h"
#include "imports/importsummary.h"
#include "imports/importtargetform.h"
#include "storage/database.h"
#include "widgets/backgroundwork.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Quorum::Ui {

namespace {

constexpr QSize kDefaultSize(900, 680);

} // namespace

ImportDialog::ImportDialog(std::function<const Database *()> database, std::function<Actor()> actor,
                           QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_actor(std::move(actor))
    , m_job(new ImportJob(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Evidence"));
    setSizeGripEnabled(true);
    resize(kDefaultSize);

    m_results = new ImportResultPanel;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceRows());
    layout->addWidget(m_results, 1);
    layout->addWidget(createFooter());

    connect(m_job, &ImportJob::progressed, m_results, &ImportResultPanel::showProgress);
    connect(m_job, &ImportJob::previewed, this, &ImportDialog::onPreviewed);
    connect(m_job, &ImportJob::applied, this, &ImportDialog::onApplied);
    connect(m_job, &ImportJob::failed, this, &ImportDialog::onFailed);

    m_target->setKind(m_source->kind());
    loadTargets();
    updateState();
    m_source->focusPath();
}

ImportDialog::~ImportDialog() = default;

QWidget *ImportDialog::createSourceRows()
{
    m_source = new ImportSourceForm;
    m_target = new ImportTargetForm;
    auto *targetBox = new QGroupBox(tr("Target"));
    auto *targetLayout = new QVBoxLayout(targetBox);
    targetLayout->addWidget(m_target);
    auto *rows = new QWidget;
    auto *layout = new QVBoxLayout(rows);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(targetBox);

    connect(m_source, &ImportSourceForm::kindChanged, m_target, &ImportTargetForm::setKind);
    connect(m_source, &ImportSourceForm::changed, this, &ImportDialog::invalidatePreview);
    connect(m_target, &ImportTargetForm::changed, this, &ImportDialog::invalidatePreview);
    return rows;
}

QWidget *ImportDialog::createFooter()
{
    m_actorLabel = new QLabel;
    m_actorLabel->setObjectName(QStringLiteral("importActor"));
    m_actorLabel->setForegroundRole(QPalette::PlaceholderText);
    m_actorLabel->setWordWrap(true);
    m_previewButton = new QPushButton(tr("&Preview"));
    m_previewButton->setObjectName(QStringLiteral("importPreviewButton"));
    m_previewButton->setToolTip(tr("Read the source and list what it would change"));
    m_importButton = new QPushButton(tr("&Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));

    auto *footer = new QWidget;
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_actorLabel, 1);
    layout->addWidget(m_previewButton);
    layout->addWidget(m_importButton);
    layout->addWidget(m_cancelButton);

    connect(m_previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_done) {
            accept();
        } else {
            startImport();
        }
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    return footer;
}

const Database *ImportDialog::database() const
{
    return m_database ? m_database() : nullptr;
}

Actor ImportDialog::actor() const
{
    return m_actor ? m_actor() : Actor::program(QStringLiteral("quorum workbench"));
}

void ImportDialog::loadTargets()
{
    const Database *db = database();
    if (!db) {
        m_results->showOutcome(ImportResultPanel::Outcome::Error,
                               tr("No database is open: open one to import into."));
        return;
    }
    runWithDatabase<ImportTargets>(
        this, *db, [](Database &worker) { return readImportTargets(worker); },
        [this](ImportTargets targets) {
            m_target->setTargets(std::move(targets));
            updateState();
            if (std::exchange(m_previewWhenReady, false)) {
                preview();
            }
        },
        [this](const WorkFailure &failure) {
            m_previewWhenReady = false;
            m_results->showOutcome(ImportResultPanel::Outcome::Error, failure.message);
        });
}

void ImportDialog::setSource(ImportKind sourceKind, const QString &path,
                             const std::optional<VersionKey> &target)
{
    m_source->setKind(sourceKind);
    m_source->setPath(path);
    if (target) {
        m_target->selectTarget(*target);
    }
}

void ImportDialog::invalidatePreview()
{
    if (m_step != Step::Idle || m_done) {
        return;
    }
    m_preview.reset();
    m_results->clear();
    updateState();
}

void ImportDialog::preview()
{
    const Database *db = database();
    if (!db || m_step != Step::Idle || m_done) {
        return;
    }
    if (!m_target->hasTargets()) {
        m_previewWhenReady = true; // the models are still being read
        return;
    }
    if (!m_previewButton->isEnabled()) {
        return;
    }
    ImportRequest request;
    request.kind = m_source->kind();
    request.path = m_source->path();
    m_target->fillRequest(request);
    request.limits.sizeLimit = m_source->sizeLimit();
    m_preview.reset();
    m_results->clear();
    setStep(Step::Previewing);
    m_job->preview(*db, request);
}

void ImportDialog::startImport()
{
    const Database *db = database();
    if (!db || m_step != Step::Idle || m_done || !m_preview
        || !m_preview->plan.changesSomething()) {
        return;
    }
    setStep(Step::Importing);
    m_job->apply(*db, m_preview->batch, actor());
}

void ImportDialog::cancel()
{
    if (m_step != Step::Idle) {
        m_job->cancel();
    }
}

bool ImportDialog::isRunning() const
{
    return m_step != Step::Idle;
}

void ImportDialog::reject()
{
    if (m_step != Step::Idle) {
        cancel(); // the dialog closes on the next Esc, once the step has stopped
        return;
    }
    QDialog::reject();
}

void ImportDialog::onPreviewed(const ImportPreview &preview)
{
    m_preview = preview;
    setStep(Step::Idle);
    m_results->showPlan(preview.plan);
    m_results->showOutcome(ImportResultPanel::Outcome::Done, {});
    updateState();
    Q_EMIT stepFinished();
}

void ImportDialog::onApplied(const ImportPlan &plan)
{
    m_done = plan.changesSomething();
    setStep(Step::Idle);
    m_results->showOutcome(ImportResultPanel::Outcome::Done, importedSummary(plan));
    if (m_done) {
        Q_EMIT imported(plan);
    } else {
        m_preview.reset(); // someone else imported it meanwhile: preview again
    }
    updateState();
    Q_EMIT stepFinished();
}

void ImportDialog::onFailed(const ImportFailure &failure)
{
    const Step step = m_step;
    setStep(Step::Idle);
    if (failure.kind == ImportFailure::Kind::Cancelled) {
        // A cancelled import leaves its preview standing: Import may be tried again.
        m_results->showOutcome(ImportResultPanel::Outcome::Done,
                               step == Step::Importing ? tr("Cancelled — nothing was imported.")
                                                       : tr("Preview cancelled."));
    } else {
        m_preview.reset();
        m_results->clear(step == Step::Importing
                             ? tr("The import failed; nothing was imported. Preview again once "
                                  "the problem is solved.")
                             : tr("Nothing to preview: the source could not be imported."));
        m_results->showOutcome(ImportResultPanel::Outcome::Error, failure.message, failure.detail);
    }
    updateState();
    Q_EMIT stepFinished();
}

void ImportDialog::setStep(Step step)
{
    m_step = step;
    updateState();
}

void ImportDialog::updateState()
{
    const bool idle = m_step == Step::Idle;
    const bool inputs = idle && !m_done;
    m_source->setEnabled(inputs);
    m_target->setEnabled(inputs);
    m_previewButton->setEnabled(inputs && database() && m_target->hasTargets()
                                && !m_source->path().isEmpty() && m_target->isComplete());
    const bool canImport = inputs && m_preview && m_preview->plan.changesSomething();
    m_importButton->setText(m_done ? tr("Close") : tr("&Import"));
    m_importButton->setEnabled(m_done ? idle : canImport);
    m_importButton->setDefault(m_done || canImport);
    m_previewButton->setDefault(!m_done && !canImport);
    m_previewButton->setVisible(!m_done);
    m_cancelButton->setVisible(!m_done);
    m_cancelButton->setToolTip(idle ? tr("Close without importing")
                                    : tr("Stop; nothing is imported (Esc)"));
    const Actor who = actor();
    m_actorLabel->setText(
        who.personId
            ? tr("Imports as %1.").arg(who.name)
            : tr("Imports as %1; choose a signing identity in Settings to import as yourself.")
                  .arg(who.name));
}

} // namespace Quorum::Ui
