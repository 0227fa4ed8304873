// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packverifier.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace Quorum::Reports {

/// The entries of a pack being verified and the problems found so far: shared by the checks
/// of packverifier.cpp and packdecisions.cpp.
class PackCheck
{
public:
    explicit PackCheck(PackReport &report)
        : m_report(report)
    {}

    std::map<QString, QByteArray> files; ///< entry name → bytes

    /// The bytes of entry @p name, or nullptr when the pack does not hold it.
    const QByteArray *file(const QString &name) const
    {
        const auto it = files.find(name);
        return it == files.end() ? nullptr : &it->second;
    }
    /// Records that @p file does not hold, for @p reason.
    void add(const QString &file, const QString &reason)
    {
        m_report.problems.push_back({file, reason});
    }
    /// Whether a problem of @p file was recorded already.
    bool names(const QString &file) const
    {
        for (const PackProblem &problem : m_report.problems) {
            if (problem.file == file) {
                return true;
            }
        }
        return false;
    }
    PackReport &report() { return m_report; }

private:
    PackReport &m_report;
};

} // namespace Quorum::Reports
