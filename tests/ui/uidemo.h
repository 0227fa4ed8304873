// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QString>

#include <functional>

namespace Quorum::Test {

/// The demo database of SPEC §10 (without certificates and signed decisions, which the chart
/// areas do not read), built once per test run in a temporary folder and opened afresh for
/// each test. Tests only read it.
class UiDemo
{
public:
    UiDemo();

    Database &db() { return m_db; }
    /// The database as the workbench's areas ask for it.
    std::function<const Database *()> source()
    {
        return [this]() -> const Database * { return &m_db; };
    }
    /// The id of version @p version of the model with machine name @p model.
    qint64 versionId(const QString &model, const QString &version);

private:
    Database m_db;
};

} // namespace Quorum::Test
