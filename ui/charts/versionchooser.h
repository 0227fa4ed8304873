// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/risktier.h"
#include "domain/stage.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;

namespace Quorum {
class Database;
}

namespace Quorum::Ui {

/// A model version that has something to chart.
struct ChartedVersion
{
    qint64 modelId = 0;
    QString modelName; ///< display name
    RiskTier tier = RiskTier::Standard;
    qint64 versionId = 0;
    QString version; ///< "2.1.0"
    Stage stage = Stage::Development;
    int attention = 0; ///< findings that want a look (e.g. fairness flags); 0 when none
};

/// What a version has to chart: nullopt for nothing (it is left out), else its attention count.
using ChartedEvidence = std::function<std::optional<int>(Database &db, qint64 versionId)>;

/// Reads the versions that @p evidence has something for, models by risk tier (critical
/// first) then name, each model's versions newest first; only model @p modelId's when given.
/// Runs on the caller's thread (a worker's). Throws DatabaseError.
std::vector<ChartedVersion> readChartedVersions(Database &db, const ChartedEvidence &evidence,
                                                std::optional<qint64> modelId = std::nullopt);

/// Which version a chooser offers first.
enum class FirstChoice {
    Production,     ///< the first model's version in production, else its newest
    NeedsAttention, ///< the first version with attention, else as Production
};

/// Whether a chooser offers the choice of a model.
enum class ModelChoice {
    Shown,
    Hidden, ///< it offers the versions of one model (e.g. on that model's page)
};

/// "Model" and "Version" combo boxes over a list of charted versions. The version list follows
/// the chosen model; versions with attention carry a warning icon.
class VersionChooser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionChooser)

public:
    explicit VersionChooser(FirstChoice firstChoice, QWidget *parent = nullptr);

    /// Offers @p versions, keeping the chosen version when it is still offered; emits
    /// versionChosen() when the choice changes (to 0 when nothing is offered).
    void setVersions(std::vector<ChartedVersion> versions);
    /// Chooses @p versionId; false when it is not offered.
    bool selectVersion(qint64 versionId);
    qint64 currentVersionId() const;
    /// The chosen version, or nullptr.
    const ChartedVersion *current() const;
    /// Shows or hides the model combo box and its label.
    void setModelChoice(ModelChoice choice);
    QComboBox *modelBox() const { return m_models; }
    QComboBox *versionBox() const { return m_versions; }

Q_SIGNALS:
    void versionChosen(qint64 versionId);

private:
    qint64 firstChoice() const;
    void fillModels();
    void fillVersions(qint64 modelId);
    void onVersionIndex();

    FirstChoice m_firstChoice;
    std::vector<ChartedVersion> m_all;
    QComboBox *m_models;
    QComboBox *m_versions;
    QLabel *m_modelLabel = nullptr;
    qint64 m_current = 0;
    bool m_filling = false; ///< combo boxes are being refilled: their signals mean nothing
};

} // namespace Quorum::Ui
