// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/modelcard.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Quorum::Reports::Internal {

/// The fields of a Model Card Toolkit (schema 0.0.2) card that Annex IV quotes.
struct ModelCardFields
{
    QString overview;
    QString documentation;
    QString architecture;
    QString inputFormat;
    QString outputFormat;
    QStringList users;
    QStringList useCases;
    QStringList limitations;
    QStringList tradeoffs;
    std::vector<std::pair<QString, QString>> ethics; ///< risk, mitigation strategy
    QStringList data;                                ///< "name: description"
};

/// Reads @p card's JSON; empty fields where it has none (or is not JSON).
ModelCardFields modelCardFields(const ModelCard &card);
/// modelCardFields() of @p card, or empty fields when there is no card.
ModelCardFields modelCardFields(const std::optional<ModelCard> &card);

} // namespace Quorum::Reports::Internal
