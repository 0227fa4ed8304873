// SPDX-License-Identifier: GPL-3.0-or-later
#include "annexivwriter_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quorum::Reports::Internal {

QString annexTr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports::AnnexIv", text);
}

namespace {

// "2(g)" → "annex-iv-2g"
QString anchorOf(const QString &item)
{
    QString key = item;
    key.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    return QStringLiteral("annex-iv-") + key;
}

} // namespace

AnnexIvWriter::AnnexIvWriter(const VersionEvidence &evidence, const ReportContext &context)
    : m_evidence(evidence)
    , m_context(context)
{}

void AnnexIvWriter::chapter(const QString &point, bool opensItem)
{
    m_body.heading(1, point + QStringLiteral(". ") + itemTitle(point), anchorOf(point));
    if (opensItem) {
        m_item = point;
        m_body.paragraph(itemWording(point), ParagraphStyle::Quote);
    }
}

void AnnexIvWriter::openItem(const QString &item)
{
    m_item = item;
    m_body.heading(2, item + QLatin1Char(' ') + itemTitle(item), anchorOf(item));
    m_body.paragraph(itemWording(item), ParagraphStyle::Quote);
}

void AnnexIvWriter::facts(KeyValueList list)
{
    std::erase_if(list.rows, [](const auto &row) { return row.second.trimmed().isEmpty(); });
    if (!list.rows.empty()) {
        m_body.add(std::move(list));
    }
}

void AnnexIvWriter::evidenced(const QStringList &sources)
{
    const QString source = sources.join(QStringLiteral("; "));
    m_body.note(annexTr("Source: %1").arg(source));
    close(ReadinessStatus::Evidence, source);
}

void AnnexIvWriter::defaulted(const QString &source)
{
    m_body.note(annexTr("Source: %1").arg(source));
    close(ReadinessStatus::Default, source);
}

void AnnexIvWriter::gap(const QString &what)
{
    m_body.gap(noEvidence(what));
    close(ReadinessStatus::Gap, annexTr("Missing: %1").arg(what));
}

void AnnexIvWriter::gapAfter(const QString &missing, const QStringList &sources)
{
    if (!sources.isEmpty()) {
        m_body.note(annexTr("Source: %1").arg(sources.join(QStringLiteral("; "))));
    }
    close(ReadinessStatus::Gap, annexTr("Missing: %1").arg(missing));
}

void AnnexIvWriter::close(ReadinessStatus status, const QString &source)
{
    m_readiness.push_back({m_item, itemTitle(m_item), status, source});
    m_item.clear();
}

QString noEvidence(const QString &what)
{
    return annexTr("Gap: no %1 recorded in the governance database.").arg(what);
}

QString rowsSource(const QString &table, const std::vector<qint64> &ids)
{
    if (ids.empty()) {
        return table;
    }
    const auto [low, high] = std::ranges::minmax(ids);
    if (low == high) {
        return QStringLiteral("%1 #%2").arg(table).arg(low);
    }
    if (qint64(ids.size()) == high - low + 1) {
        return QStringLiteral("%1 #%2–#%3").arg(table).arg(low).arg(high);
    }
    return annexTr("%1 #%2–#%3 (%4 rows)").arg(table).arg(low).arg(high).arg(qint64(ids.size()));
}

QString personLabel(const Person &person, std::optional<qint64> id)
{
    if (person.name.isEmpty()) {
        return id ? annexTr("person #%1").arg(*id) : annexTr("unknown person");
    }
    if (person.email.isEmpty()) {
        return person.name;
    }
    return QStringLiteral("%1 <%2>").arg(person.name, person.email);
}

QString frameworkText(const ModelVersion &version)
{
    const QString text = version.framework + QLatin1Char(' ') + version.frameworkVersion;
    return text.trimmed();
}

QString readinessLabel(ReadinessStatus status)
{
    switch (status) {
    case ReadinessStatus::Evidence:
        return annexTr("Evidence");
    case ReadinessStatus::Default:
        return annexTr("Default");
    case ReadinessStatus::Gap:
        break;
    }
    return annexTr("Gap");
}

} // namespace Quorum::Reports::Internal
