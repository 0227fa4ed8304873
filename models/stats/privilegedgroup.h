// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Quorum {

/// Which rows of the protected attribute form the privileged group: one value (text, compared
/// after trimming; numbers compared as numbers), or, for a numeric attribute, a comparison
/// such as ">25" or ">=65".
class PrivilegedGroup
{
public:
    enum class Comparison {
        Equal,
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual,
    };

    /// Parses the CLI's --privileged: "male", "Caucasian", ">25", ">= 65", "<=0.5", "=1".
    /// Throws StatsError(InvalidInput) for an empty spec or a comparison without a number.
    static PrivilegedGroup parse(const QString &spec);

    Comparison comparison() const { return m_comparison; }
    bool isComparison() const { return m_comparison != Comparison::Equal; }
    const QString &value() const { return m_value; }
    std::optional<double> number() const { return m_number; }

    bool matches(double x) const;         ///< for a numeric attribute
    bool matches(const QString &x) const; ///< for a categorical attribute

    /// The group's name in reports: "male", or "age > 25"; complementName() names the rest
    /// ("age ≤ 25") when the attribute is split by a comparison.
    QString name(const QString &attribute) const;
    QString complementName(const QString &attribute) const;

private:
    Comparison m_comparison = Comparison::Equal;
    QString m_value;
    std::optional<double> m_number;
};

} // namespace Quorum
