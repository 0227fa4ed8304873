// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvrecords.h"
#include "evaluationformats.h"
#include "evaluationrules.h"
#include "importers/source/importerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <map>

namespace Quorum::Internal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::EvaluationFile", text);
}

const QStringList kEvaluationColumns{QStringLiteral("metric"),       QStringLiteral("value"),
                                     QStringLiteral("split"),        QStringLiteral("segment"),
                                     QStringLiteral("window_start"), QStringLiteral("window_end")};
const QStringList kFairnessColumns{
    QStringLiteral("attribute"),  QStringLiteral("group"),
    QStringLiteral("privileged"), QStringLiteral("tp"),
    QStringLiteral("fp"),         QStringLiteral("tn"),
    QStringLiteral("fn"),         QStringLiteral("brier"),
    QStringLiteral("split"),      QStringLiteral("favourable_outcome")};

/// The header's columns by name, and the cells of a row as SourceNodes that name
/// "line N, column \"name\"" in their errors.
class CsvTable
{
public:
    CsvTable(std::vector<CsvRecord> records, QString file, const QStringList &known)
        : m_records(std::move(records))
        , m_file(std::move(file))
    {
        const CsvRecord &header = m_records.front();
        for (qsizetype i = 0; i < header.fields.size(); ++i) {
            const QString name = header.fields.at(i).trimmed().toLower();
            const QString where = tr("line %1, column \"%2\"").arg(header.line).arg(name);
            if (!known.contains(name)) {
                throw ImportError(ImportErrorKind::Invalid, m_file, where,
                                  tr("unknown column; expected %1").arg(known.join(u',')));
            }
            if (m_columns.contains(name)) {
                throw ImportError(ImportErrorKind::Invalid, m_file, where,
                                  tr("the column is named twice"));
            }
            m_columns.insert(name, i);
        }
    }

    void require(const QStringList &names) const
    {
        for (const QString &name : names) {
            if (!m_columns.contains(name)) {
                throw ImportError(
                    ImportErrorKind::Invalid, m_file, tr("line %1").arg(m_records.front().line),
                    tr("the header has no column \"%1\"; expected %2").arg(name, names.join(u',')));
            }
        }
    }

    std::size_t rows() const { return m_records.size() - 1; }
    const CsvRecord &row(std::size_t i) const { return checked(m_records.at(i + 1)); }
    QString where(std::size_t i) const { return tr("line %1").arg(row(i).line); }

    SourceNode cell(std::size_t i, const QString &name) const
    {
        const CsvRecord &record = row(i);
        const qsizetype column = m_columns.value(name, -1);
        const QString where = tr("line %1, column \"%2\"").arg(record.line).arg(name);
        if (column < 0
            || (!record.quoted.at(std::size_t(column)) && record.fields.at(column).isEmpty())) {
            return SourceNode(QJsonValue(QJsonValue::Null), m_file, where);
        }
        return SourceNode(QJsonValue(record.fields.at(column)), m_file, where);
    }

private:
    const CsvRecord &checked(const CsvRecord &record) const
    {
        const qsizetype expected = m_records.front().fields.size();
        if (record.fields.size() != expected) {
            throw ImportError(ImportErrorKind::Invalid, m_file, tr("line %1").arg(record.line),
                              tr("expected %1 fields as in the header, found %2")
                                  .arg(expected)
                                  .arg(record.fields.size()));
        }
        return record;
    }

    std::vector<CsvRecord> m_records;
    QString m_file;
    QHash<QString, qsizetype> m_columns;
};

EvaluationFile evaluationsOf(const CsvTable &table)
{
    table.require({QStringLiteral("metric"), QStringLiteral("value")});
    EvaluationFile out;
    for (std::size_t i = 0; i < table.rows(); ++i) {
        const auto cell = [&](const char *name) { return table.cell(i, QLatin1String(name)); };
        out.evaluations.push_back(
            evaluationRow({cell("metric"), cell("value"), cell("split"), cell("segment"),
                           cell("window_start"), cell("window_end")},
                          table.where(i)));
    }
    return out;
}

/// A fairness result being collected from its rows, with where each privileged row was.
struct PendingResult
{
    FairnessResult result;
    std::vector<std::size_t> privilegedRows;
    std::size_t firstRow = 0;
};

void addGroupRow(const CsvTable &table, std::size_t i, PendingResult &pending)
{
    const auto cell = [&](const char *name) { return table.cell(i, QLatin1String(name)); };
    FairnessResult &result = pending.result;
    FairnessGroupRow row
        = groupRow({cell("group"), cell("tp"), cell("fp"), cell("tn"), cell("fn"), cell("brier")});
    for (const FairnessGroupRow &earlier : result.groups) {
        if (earlier.group == row.group) {
            cell("group").fail(tr("the group \"%1\" of \"%2\" is listed twice; expected each "
                                  "group once")
                                   .arg(row.group, result.attribute));
        }
    }
    const QString favourable
        = cell("favourable_outcome").optionalText().value_or(QStringLiteral("1")).trimmed();
    if (result.groups.empty()) {
        result.favourableOutcome = favourable;
    } else if (favourable != result.favourableOutcome) {
        cell("favourable_outcome")
            .fail(tr("expected the favourable outcome of \"%1\" given on %2, \"%3\", found "
                     "\"%4\"")
                      .arg(result.attribute, table.where(pending.firstRow),
                           result.favourableOutcome, favourable));
    }
    if (flagOf(cell("privileged"))) {
        if (!pending.privilegedRows.empty()) {
            cell("privileged")
                .fail(tr("a second privileged group of \"%1\" (the first is \"%2\" on %3); "
                         "expected exactly one")
                          .arg(result.attribute, result.privilegedGroup,
                               table.where(pending.privilegedRows.front())));
        }
        result.privilegedGroup = row.group;
        pending.privilegedRows.push_back(i);
    }
    result.groups.push_back(std::move(row));
}

void checkResult(const PendingResult &pending, const QString &file)
{
    const FairnessResult &result = pending.result;
    if (result.groups.size() < 2) {
        throw ImportError(ImportErrorKind::Invalid, file, result.where,
                          tr("\"%1\" (split %2) has one group, \"%3\"; expected at least two to "
                             "compare")
                              .arg(result.attribute, result.split, groupNames(result)));
    }
    if (pending.privilegedRows.empty()) {
        throw ImportError(ImportErrorKind::Invalid, file, result.where,
                          tr("no row of \"%1\" (split %2) has privileged true; expected exactly "
                             "one privileged group among %3")
                              .arg(result.attribute, result.split, groupNames(result)));
    }
}

EvaluationFile fairnessOf(const CsvTable &table, const QString &file)
{
    table.require({QStringLiteral("attribute"), QStringLiteral("group"),
                   QStringLiteral("privileged"), QStringLiteral("tp"), QStringLiteral("fp"),
                   QStringLiteral("tn"), QStringLiteral("fn")});
    std::vector<PendingResult> pending;
    std::map<std::pair<QString, QString>, std::size_t> byKey; // (attribute, split) → index
    for (std::size_t i = 0; i < table.rows(); ++i) {
        const QString attribute = requiredText(table.cell(i, QStringLiteral("attribute")));
        const QString split = splitOf(table.cell(i, QStringLiteral("split")));
        const auto [it, added] = byKey.try_emplace({attribute, split}, pending.size());
        if (added) {
            PendingResult next;
            next.result.attribute = attribute;
            next.result.split = split;
            next.result.where = table.where(i);
            next.firstRow = i;
            pending.push_back(std::move(next));
        }
        addGroupRow(table, i, pending[it->second]);
    }
    EvaluationFile out;
    for (const PendingResult &result : pending) {
        checkResult(result, file);
        out.fairness.push_back(result.result);
    }
    return out;
}

} // namespace

EvaluationFile parseEvaluationCsv(const QByteArray &bytes, const QString &file,
                                  const ImportLimits &limits)
{
    std::vector<CsvRecord> records = readCsvRecords(bytes, file, limits.maxNodes);
    if (records.empty()) {
        throw ImportError(ImportErrorKind::Invalid, file, {},
                          tr("the file is empty; expected a CSV header such as metric,value"));
    }
    const QStringList header = [&records] {
        QStringList names;
        for (const QString &name : records.front().fields) {
            names.append(name.trimmed().toLower());
        }
        return names;
    }();
    const bool fairness = header.contains(QStringLiteral("attribute"));
    if (!fairness && !header.contains(QStringLiteral("metric"))) {
        throw ImportError(ImportErrorKind::Invalid, file, tr("line %1").arg(records.front().line),
                          tr("expected a header with metric,value (evaluations) or attribute,"
                             "group,privileged,tp,fp,tn,fn (fairness), found %1")
                              .arg(records.front().fields.join(u',').left(80)));
    }
    if (records.size() < 2) {
        throw ImportError(ImportErrorKind::Invalid, file, tr("line %1").arg(records.front().line),
                          tr("no rows after the header"));
    }
    const CsvTable table(std::move(records), file,
                         fairness ? kFairnessColumns : kEvaluationColumns);
    return fairness ? fairnessOf(table, file) : evaluationsOf(table);
}

} // namespace Quorum::Internal
