// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace Quorum {

/// An ethical consideration of a card: the risk and how it is mitigated.
struct EthicalConsideration
{
    QString name;
    QString mitigation; ///< mitigation_strategy
    bool operator==(const EthicalConsideration &) const = default;
};

/// The fields of a Model Card Toolkit card that people edit most, as the editor's form shows
/// them. Lists hold one entry per item (a "description" in schema 0.0.2, a text in 0.0.1).
struct ModelCardFormFields
{
    QString versionName; ///< model_details.version.name
    QString overview;    ///< model_details.overview
    /// The first licence: licenses[0].identifier (or its custom_text), or 0.0.1's license.
    QString licence;
    QStringList users;       ///< considerations.users
    QStringList useCases;    ///< considerations.use_cases
    QStringList limitations; ///< considerations.limitations
    QStringList tradeoffs;   ///< considerations.tradeoffs
    std::vector<EthicalConsideration> ethicalConsiderations;
    bool operator==(const ModelCardFormFields &) const = default;
};

/// The form's fields of @p card; missing fields are empty.
ModelCardFormFields modelCardFormFields(const QJsonObject &card);

/// @p card with the form's @p fields written into it. Every other field is kept, as are the
/// other keys of list items that are objects; an empty field that the card does not have is
/// not added; list items keep the shape the card uses (objects with "description", or text).
/// Round trip: withModelCardFormFields(c, modelCardFormFields(c)) == c.
QJsonObject withModelCardFormFields(QJsonObject card, const ModelCardFormFields &fields);

} // namespace Quorum
