// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace Quorum::Reports {

/// A section heading. Level 1 starts a chapter (the PDF keeps it with what follows), 2 and 3
/// are sub-sections. The text carries its own numbering ("2(g) Validation and testing").
struct Heading
{
    int level = 1;
    QString text;
    QString anchor; ///< stable id for links and the HTML id attribute, e.g. "annex-iv-2g"
};

/// How a paragraph is set.
enum class ParagraphStyle {
    Body,
    Note,  ///< smaller, muted: explanations, "Source: …" lines
    Gap,   ///< "Gap: no evidence …" — set apart (bold, red marker) so a reader cannot miss it
    Quote, ///< quoted text, e.g. the wording of the regulation
};

struct Paragraph
{
    QString text; ///< plain text; '\n' is a line break
    ParagraphStyle style = ParagraphStyle::Body;
};

struct BulletList
{
    QStringList items;
};

/// Label/value rows without a header: "Owner: Dana Smith".
struct KeyValueList
{
    std::vector<std::pair<QString, QString>> rows;
};

/// How a table row is marked.
enum class RowMark {
    Normal,
    Pass, ///< green: a passed check, a valid signature
    Fail, ///< red: a failed check, a flag, a broken signature
    Gap,  ///< amber: missing evidence
};

enum class Align { Left, Right };

struct Table
{
    QString caption;
    QStringList header;
    std::vector<QStringList> rows; ///< each as long as header
    std::vector<RowMark> marks;    ///< empty, or one per row
    std::vector<Align> align;      ///< empty (all left), or one per column
};

/// One series of a chart.
struct ChartSeries
{
    QString name;
    std::vector<std::pair<double, double>> points; ///< (x, y); bars: x is the category index
};

/// A horizontal reference line, e.g. a threshold.
struct ChartLine
{
    QString label;
    double y = 0.0;
};

/// A chart described by its data; each renderer draws it itself (PDF: QPainter; HTML: inline
/// SVG; Markdown: a table of the values). Never a screenshot of a widget.
struct Chart
{
    enum class Kind {
        Line, ///< x is time: milliseconds since the epoch (UTC)
        Bar,  ///< x is the index into categories
    };
    Kind kind = Kind::Line;
    QString title;
    QString xLabel;
    QString yLabel;
    QStringList categories; ///< Bar only
    std::vector<ChartSeries> series;
    std::vector<ChartLine> lines;
    std::optional<double> yMin; ///< fixed axis range; nullopt: from the data and lines
    std::optional<double> yMax;
    QString caption; ///< shown under the chart
};

/// A signature manifestation (21 CFR 11.50): printed name, date and time with zone, meaning.
struct SignatureBlock
{
    QString signerName;
    QString signerEmail;
    QString role;       ///< the role signed in, e.g. "AI-IRB reviewer"
    QString meaning;    ///< "Approve", "Reject", "Approve with conditions", …
    QDateTime signedAt; ///< in the zone to print it in (builders convert to the context's zone)
    QString certificateFingerprint; ///< SHA-256, hex
    QString verification;           ///< "Signature verified" or the problem found
    bool verified = false;
};

/// Forces a new page in paged output; ignored by HTML and Markdown.
struct PageBreak
{};

using Block = std::variant<Heading, Paragraph, BulletList, KeyValueList, Table, Chart,
                           SignatureBlock, PageBreak>;

/// A report in a neutral form, built from the database by a builder and rendered to HTML,
/// Markdown or PDF by a renderer. A plain value: builders fill it, renderers only read it.
struct Document
{
    QString title;           ///< in every page header, e.g. "Annex IV technical documentation"
    QString subtitle;        ///< e.g. "card-fraud-detector 2.1.0"
    QString documentId;      ///< stable id printed in every footer, e.g. "QRM-AIV-7-12-20261116"
    QDateTime generatedAt;   ///< from the injected clock
    QString generatedAtText; ///< generatedAt as printed (ReportContext::dateTime)
    QString language = QStringLiteral("en");
    std::vector<Block> blocks;

    Document &add(Block block);
    Document &heading(int level, const QString &text, const QString &anchor = {});
    Document &paragraph(const QString &text, ParagraphStyle style = ParagraphStyle::Body);
    Document &note(const QString &text) { return paragraph(text, ParagraphStyle::Note); }
    Document &gap(const QString &text) { return paragraph(text, ParagraphStyle::Gap); }
};

} // namespace Quorum::Reports
