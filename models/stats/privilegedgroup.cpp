// SPDX-License-Identifier: GPL-3.0-or-later
#include "privilegedgroup.h"

#include "statserror.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::PrivilegedGroup", text);
}

// Longest operators first so ">=" is not read as ">" followed by "=…".
const std::array<std::pair<const char *, PrivilegedGroup::Comparison>, 6> kOperators = {{
    {">=", PrivilegedGroup::Comparison::GreaterOrEqual},
    {"<=", PrivilegedGroup::Comparison::LessOrEqual},
    {"==", PrivilegedGroup::Comparison::Equal},
    {">", PrivilegedGroup::Comparison::Greater},
    {"<", PrivilegedGroup::Comparison::Less},
    {"=", PrivilegedGroup::Comparison::Equal},
}};

QString operatorText(PrivilegedGroup::Comparison comparison)
{
    switch (comparison) {
    case PrivilegedGroup::Comparison::Greater:
        return QStringLiteral(">");
    case PrivilegedGroup::Comparison::GreaterOrEqual:
        return QStringLiteral("≥");
    case PrivilegedGroup::Comparison::Less:
        return QStringLiteral("<");
    case PrivilegedGroup::Comparison::LessOrEqual:
        return QStringLiteral("≤");
    case PrivilegedGroup::Comparison::Equal:
        break;
    }
    return QStringLiteral("=");
}

PrivilegedGroup::Comparison complement(PrivilegedGroup::Comparison comparison)
{
    switch (comparison) {
    case PrivilegedGroup::Comparison::Greater:
        return PrivilegedGroup::Comparison::LessOrEqual;
    case PrivilegedGroup::Comparison::GreaterOrEqual:
        return PrivilegedGroup::Comparison::Less;
    case PrivilegedGroup::Comparison::Less:
        return PrivilegedGroup::Comparison::GreaterOrEqual;
    case PrivilegedGroup::Comparison::LessOrEqual:
        return PrivilegedGroup::Comparison::Greater;
    case PrivilegedGroup::Comparison::Equal:
        break;
    }
    return PrivilegedGroup::Comparison::Equal;
}

} // namespace

PrivilegedGroup PrivilegedGroup::parse(const QString &spec)
{
    const QString text = spec.trimmed();
    if (text.isEmpty()) {
        throw StatsError(StatsErrorKind::InvalidInput,
                         tr("The privileged group is empty: give a value such as 'male' or a "
                            "comparison such as '>25'."));
    }
    PrivilegedGroup group;
    group.m_value = text;
    for (const auto &[op, comparison] : kOperators) {
        const QLatin1String opText(op);
        if (!text.startsWith(opText)) {
            continue;
        }
        const QString rest = text.mid(opText.size()).trimmed();
        bool ok = false;
        const double number = rest.toDouble(&ok);
        if (!ok) {
            throw StatsError(StatsErrorKind::InvalidInput,
                             tr("The privileged group '%1' compares with '%2', which is not a "
                                "number; write e.g. '>25' or '>=65'.")
                                 .arg(text, rest));
        }
        group.m_comparison = comparison;
        group.m_value = rest;
        group.m_number = number;
        return group;
    }
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (ok) {
        group.m_number = number;
    }
    return group;
}

bool PrivilegedGroup::matches(double x) const
{
    if (!m_number) {
        return false;
    }
    const double n = *m_number;
    switch (m_comparison) {
    case Comparison::Equal:
        return x == n;
    case Comparison::Greater:
        return x > n;
    case Comparison::GreaterOrEqual:
        return x >= n;
    case Comparison::Less:
        return x < n;
    case Comparison::LessOrEqual:
        return x <= n;
    }
    return false;
}

bool PrivilegedGroup::matches(const QString &x) const
{
    if (m_comparison != Comparison::Equal) {
        bool ok = false;
        const double number = x.trimmed().toDouble(&ok);
        return ok && matches(number);
    }
    return x.trimmed() == m_value;
}

QString PrivilegedGroup::name(const QString &attribute) const
{
    if (m_comparison == Comparison::Equal) {
        return m_value;
    }
    return QStringLiteral("%1 %2 %3").arg(attribute, operatorText(m_comparison), m_value);
}

QString PrivilegedGroup::complementName(const QString &attribute) const
{
    if (m_comparison == Comparison::Equal) {
        return tr("not %1").arg(m_value);
    }
    return QStringLiteral("%1 %2 %3")
        .arg(attribute, operatorText(complement(m_comparison)), m_value);
}

} // namespace Quorum
