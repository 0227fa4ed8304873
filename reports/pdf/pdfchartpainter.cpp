// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartpainter.h"

#include "document/document.h"
#include "pdfchartlayout.h"
#include "pdffonts.h"
#include "pdfstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Quorum::Reports::Pdf {

namespace {

class ChartPainter
{
public:
    ChartPainter(QPainter &painter, const PdfFonts &fonts, const Chart &chart,
                 const PdfChartLayout &layout)
        : m_painter(painter)
        , m_fonts(fonts)
        , m_chart(chart)
        , m_layout(layout)
        , m_plot(layout.plot)
    {}

    void paint()
    {
        paintTexts();
        paintYAxis();
        paintXAxis();
        m_painter.save();
        m_painter.setClipRect(m_plot.adjusted(-2.0, -2.0, 2.0, 2.0),
                              m_painter.hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
        if (m_chart.kind == Chart::Kind::Bar) {
            paintBars();
        } else {
            paintLines();
        }
        paintReferenceLines();
        m_painter.restore();
        paintReferenceLabels();
        paintLegend();
    }

private:
    double mapX(double x) const { return m_layout.x.map(x, m_plot.left(), m_plot.right()); }
    double mapY(double y) const { return m_layout.y.map(y, m_plot.bottom(), m_plot.top()); }

    QPen pen(QRgb colour, double widthPt, Qt::PenStyle style = Qt::SolidLine) const
    {
        QPen result{QColor(colour)};
        result.setWidthF(m_fonts.points(widthPt));
        result.setStyle(style);
        return result;
    }

    void text(QPointF at, const QString &text, PdfFontRole role, QRgb colour)
    {
        m_painter.setFont(m_fonts.font(role));
        m_painter.setPen(QColor(colour));
        m_painter.drawText(at, text);
    }

    void paintTexts()
    {
        if (!m_chart.title.isEmpty()) {
            text(QPointF(0.0, m_layout.titleBaseline), m_chart.title, PdfFontRole::Bold,
                 kTextColour);
        }
        if (!m_chart.yLabel.isEmpty()) {
            text(QPointF(m_plot.left(), m_layout.yLabelBaseline), m_chart.yLabel,
                 PdfFontRole::Small, kMutedColour);
        }
        if (!m_chart.xLabel.isEmpty()) {
            const double width
                = m_fonts.metrics(PdfFontRole::Small).horizontalAdvance(m_chart.xLabel);
            text(QPointF(m_plot.center().x() - width / 2.0, m_layout.xLabelBaseline),
                 m_chart.xLabel, PdfFontRole::Small, kMutedColour);
        }
        double top = m_layout.captionTop + m_fonts.metrics(PdfFontRole::Note).ascent();
        for (const QString &line : m_layout.caption) {
            text(QPointF(0.0, top), line, PdfFontRole::Note, kMutedColour);
            top += m_fonts.lineHeight(PdfFontRole::Note);
        }
        if (!m_layout.hasData) {
            const QString none = QCoreApplication::translate("Quorum::Reports::Pdf", "No data");
            const double width = m_fonts.metrics(PdfFontRole::Note).horizontalAdvance(none);
            text(QPointF(m_plot.center().x() - width / 2.0, m_plot.center().y()), none,
                 PdfFontRole::Note, kMutedColour);
        }
    }

    void paintYAxis()
    {
        const QFontMetricsF &metrics = m_fonts.metrics(PdfFontRole::Small);
        for (const PdfAxisTick &tick : m_layout.y.ticks) {
            const double y = mapY(tick.value);
            m_painter.setPen(pen(kGridColour, 0.5));
            m_painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
            const double width = metrics.horizontalAdvance(tick.label);
            text(QPointF(m_plot.left() - m_fonts.points(3.0) - width,
                         y + metrics.ascent() / 2.0 - m_fonts.points(0.5)),
                 tick.label, PdfFontRole::Small, kMutedColour);
        }
        m_painter.setPen(pen(kMutedColour, 0.8));
        m_painter.drawLine(m_plot.topLeft(), m_plot.bottomLeft());
    }

    void paintXAxis()
    {
        const QFontMetricsF &metrics = m_fonts.metrics(PdfFontRole::Small);
        const bool bars = m_chart.kind == Chart::Kind::Bar;
        const double slot = m_plot.width() / (m_layout.x.max - m_layout.x.min);
        double lastRight = -1e12;
        for (const PdfAxisTick &tick : m_layout.x.ticks) {
            const double x = mapX(tick.value);
            m_painter.setPen(pen(kMutedColour, 0.8));
            m_painter.drawLine(QPointF(x, m_plot.bottom()),
                               QPointF(x, m_plot.bottom() + m_fonts.points(2.0)));
            const QString label
                = bars ? metrics.elidedText(tick.label, Qt::ElideRight, slot * 0.95) : tick.label;
            const double width = metrics.horizontalAdvance(label);
            // Centred under the tick, but kept inside the chart's box.
            const double left = std::clamp(x - width / 2.0, 0.0, m_layout.width - width);
            if (left < lastRight + m_fonts.points(3.0)) {
                continue; // would overlap the previous label
            }
            text(QPointF(left, m_layout.xTickBaseline), label, PdfFontRole::Small, kMutedColour);
            lastRight = left + width;
        }
        m_painter.setPen(pen(kMutedColour, 0.8));
        m_painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    }

    void paintLines()
    {
        for (std::size_t index = 0; index < m_chart.series.size(); ++index) {
            const ChartSeries &series = m_chart.series[index];
            const QRgb colour = pdfSeriesColour(index);
            QPainterPath path;
            bool drawing = false;
            for (const auto &[x, y] : series.points) {
                if (!std::isfinite(x) || !std::isfinite(y)) {
                    drawing = false;
                    continue;
                }
                const QPointF point(mapX(x), mapY(y));
                if (drawing) {
                    path.lineTo(point);
                } else {
                    path.moveTo(point);
                }
                drawing = true;
            }
            m_painter.setPen(pen(colour, 1.3));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawPath(path);
            if (series.points.size() <= 40) {
                paintMarkers(series, colour);
            }
        }
    }

    void paintMarkers(const ChartSeries &series, QRgb colour)
    {
        const double radius = m_fonts.points(1.6);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(QColor(colour));
        for (const auto &[x, y] : series.points) {
            if (std::isfinite(x) && std::isfinite(y)) {
                m_painter.drawEllipse(QPointF(mapX(x), mapY(y)), radius, radius);
            }
        }
        m_painter.setBrush(Qt::NoBrush);
    }

    void paintBars()
    {
        const std::size_t count = std::max<std::size_t>(1, m_chart.series.size());
        const double group = 0.7;
        const double barWidth = group / static_cast<double>(count);
        const double base = mapY(std::clamp(0.0, m_layout.y.min, m_layout.y.max));
        for (std::size_t index = 0; index < m_chart.series.size(); ++index) {
            const QColor colour(pdfSeriesColour(index));
            for (const auto &[x, y] : m_chart.series[index].points) {
                if (!std::isfinite(x) || !std::isfinite(y)) {
                    continue;
                }
                const double left = x - group / 2.0 + static_cast<double>(index) * barWidth;
                const double x0 = mapX(left);
                const double x1 = mapX(left + barWidth);
                const double top = mapY(y);
                m_painter.fillRect(
                    QRectF(QPointF(x0, std::min(top, base)), QPointF(x1, std::max(top, base))),
                    colour);
            }
        }
    }

    void paintReferenceLines()
    {
        m_painter.setPen(pen(kGapBarColour, 1.0, Qt::DashLine));
        for (const ChartLine &line : m_chart.lines) {
            if (std::isfinite(line.y)) {
                const double y = mapY(line.y);
                m_painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
            }
        }
    }

    void paintReferenceLabels()
    {
        const QFontMetricsF &metrics = m_fonts.metrics(PdfFontRole::Small);
        for (const ChartLine &line : m_chart.lines) {
            if (!std::isfinite(line.y) || line.label.isEmpty()) {
                continue;
            }
            const double y = std::clamp(mapY(line.y), m_plot.top(), m_plot.bottom());
            const double width = metrics.horizontalAdvance(line.label);
            const QPointF at(m_plot.right() - width - m_fonts.points(2.0), y - m_fonts.points(2.0));
            // An opaque white patch keeps the label readable over the series.
            m_painter.fillRect(QRectF(at.x() - m_fonts.points(1.0), at.y() - metrics.ascent(),
                                      width + m_fonts.points(2.0), metrics.height()),
                               QColor(kWhite));
            text(at, line.label, PdfFontRole::Small, kGapBarColour);
        }
    }

    void paintLegend()
    {
        const double swatch = m_fonts.points(7.0);
        const double ascent = m_fonts.metrics(PdfFontRole::Small).ascent();
        for (const PdfLegendEntry &entry : m_layout.legend) {
            m_painter.fillRect(QRectF(entry.position, QSizeF(swatch, swatch)),
                               QColor(entry.colour));
            text(QPointF(entry.position.x() + swatch + m_fonts.points(3.0),
                         entry.position.y() + ascent - m_fonts.points(0.5)),
                 entry.name, PdfFontRole::Small, kTextColour);
        }
    }

    QPainter &m_painter;
    const PdfFonts &m_fonts;
    const Chart &m_chart;
    const PdfChartLayout &m_layout;
    QRectF m_plot;
};

} // namespace

void paintPdfChart(QPainter &painter, const PdfFonts &fonts, const Chart &chart,
                   const PdfChartLayout &layout, QPointF topLeft)
{
    painter.save();
    painter.translate(topLeft);
    ChartPainter(painter, fonts, chart, layout).paint();
    painter.restore();
}

} // namespace Quorum::Reports::Pdf
