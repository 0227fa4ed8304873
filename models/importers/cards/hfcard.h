// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/source/importlimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Quorum {

/// One metric of a model-index result.
struct HfMetric
{
    QString type;          ///< required metric id, e.g. "accuracy", "f1", "wer"
    QString name;          ///< optional pretty name, e.g. "F1 Macro"
    QString config;        ///< optional
    QString average;       ///< args.average when given (macro, micro, weighted)
    double value = 0.0;    ///< as written (94.1 stays 94.1; see HfCardMapping for scaling)
    bool verified = false; ///< verified: true or a verifyToken
};

/// One entry of model-index[].results[].
struct HfResult
{
    QString modelName;   ///< model-index[].name
    QString taskType;    ///< task.type
    QString datasetType; ///< dataset.type (hub id)
    QString datasetName;
    QString datasetConfig;
    QString datasetSplit; ///< may be empty
    QString sourceName;
    QString sourceUrl;
    std::vector<HfMetric> metrics;
    QString keyPath; ///< e.g. "model-index[0].results[1]", for sources and messages
};

/// A Markdown section of the card body: its heading (without #) and text.
struct HfSection
{
    int level = 2;
    QString heading;
    QString text; ///< the section's Markdown, trimmed, sub-sections excluded
};

/// A Hugging Face model card: README.md with YAML front matter between "---" lines.
struct HfCard
{
    QJsonObject metadata; ///< the whole front matter (see parseYamlDocument's typing)
    QString license;      ///< license, or license_name when license is "other"
    QStringList languages;
    QStringList datasets;
    QStringList tags;
    QString libraryName;
    QStringList baseModels;
    std::vector<HfResult> results;
    QString title;    ///< the first level-1 heading, may be empty
    QString preamble; ///< text before the first heading
    std::vector<HfSection> sections;
};

/// Parses a model card. A card without front matter is accepted (no results); a front matter
/// that does not close, or YAML that is not a mapping, is ImportError(Malformed). Required
/// model-index keys (task.type, dataset.type, dataset.name, metrics[].type, metrics[].value)
/// are checked with their key paths; the Markdown is split at ATX headings (#…######) outside
/// fenced code blocks.
HfCard parseHfCard(const QByteArray &bytes, const QString &file, const ImportLimits &limits);

} // namespace Quorum
