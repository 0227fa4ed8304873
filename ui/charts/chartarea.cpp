// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartarea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kBusyBarWidth = 120;

} // namespace

ChartArea::ChartArea(Texts texts, FirstChoice firstChoice, ChartedEvidence evidence,
                     QWidget *parent)
    : QWidget(parent)
    , m_texts(std::move(texts))
    , m_evidence(std::move(evidence))
    , m_chooser(new VersionChooser(firstChoice))
{
    m_title = new QLabel(m_texts.title);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("chartAreaBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(kBusyBarWidth);
    m_busy->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("chartAreaStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto *header = new QWidget;
    m_header = new QHBoxLayout(header);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_title);
    m_header->addSpacing(16);
    m_header->addWidget(m_chooser);
    m_header->addStretch(1);
    m_header->addWidget(m_busy);
    m_header->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    connect(m_chooser, &VersionChooser::versionChosen, this, [this](qint64 versionId) {
        if (versionId != 0) {
            loadVersion(versionId);
        }
    });
}

void ChartArea::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->indexOf(m_chooser) + 1, widget);
}

void ChartArea::setBody(QWidget *body)
{
    static_cast<QVBoxLayout *>(layout())->addWidget(body, 1);
}

void ChartArea::setDatabaseSource(std::function<const Database *()> source)
{
    m_databaseSource = std::move(source);
}

void ChartArea::setModelFilter(std::optional<qint64> modelId)
{
    m_modelFilter = modelId;
    // On a model's page the tab names the area and the page names the model.
    m_title->setHidden(modelId.has_value());
    m_chooser->setModelChoice(modelId ? ModelChoice::Hidden : ModelChoice::Shown);
}

const Database *ChartArea::database() const
{
    return m_databaseSource ? m_databaseSource() : nullptr;
}

void ChartArea::reload()
{
    const Database *db = database();
    if (!db) {
        clear();
        return;
    }
    const quint64 generation = ++m_generation;
    setBusy(m_texts.readingVersions);
    readInBackground<std::vector<ChartedVersion>>(
        this, *db,
        [evidence = m_evidence, model = m_modelFilter](Database &worker) {
            return readChartedVersions(worker, evidence, model);
        },
        [this, generation](std::vector<ChartedVersion> versions) {
            if (generation != m_generation) {
                return;
            }
            m_chooser->setVersions(std::move(versions)); // reads the chosen version
            if (m_chooser->currentVersionId() == 0) {
                showMessage(m_texts.noVersions);
                Q_EMIT loaded();
            }
        },
        [this, generation](const ReadFailure &failure) {
            if (generation == m_generation) {
                fail(failure);
            }
        });
}

void ChartArea::clear()
{
    ++m_generation;
    m_chooser->setVersions({});
    showMessage(tr("No database is open."));
}

bool ChartArea::selectVersion(qint64 versionId)
{
    return m_chooser->selectVersion(versionId);
}

bool ChartArea::isBusy() const
{
    return !m_busy->isHidden();
}

void ChartArea::setBusy(const QString &text)
{
    m_busy->show();
    m_status->setText(text);
}

void ChartArea::setIdle()
{
    m_busy->hide();
    m_status->clear();
}

void ChartArea::showMessage(const QString &text)
{
    m_busy->hide();
    m_status->setText(text);
    showEmpty(text);
}

void ChartArea::fail(const ReadFailure &failure)
{
    showMessage(m_texts.readFailed);
    Q_EMIT readFailed(failure.message, failure.detail);
}

} // namespace Quorum::Ui
