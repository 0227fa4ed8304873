// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsortmodel.h"

#include "desktop/statuscolour.h"
#include "oversight/alertlistmodel.h"

#include <QPainter>
#include <QPixmap>

namespace Quorum::Ui {

namespace {

/// The line icon @p path recoloured to @p colour at 1× and 2× (the SVGs are drawn in one
/// stroke colour, so painting the colour through the icon's alpha recolours it).
QIcon tinted(const QString &path, const QColor &colour)
{
    const QIcon source(path);
    QIcon result;
    for (int size : {16, 32}) {
        QPixmap pixmap = source.pixmap(QSize(size, size));
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

Status statusOf(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? Status::Fail : Status::Warn;
}

} // namespace

AlertSortModel::AlertSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::SortKeyRole);
}

void AlertSortModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_icons.clear();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, AlertListModel::SeverityColumn),
                           index(rowCount() - 1, AlertListModel::SeverityColumn),
                           {Qt::DecorationRole, Qt::ForegroundRole});
    }
}

QVariant AlertSortModel::data(const QModelIndex &index, int role) const
{
    if (index.column() != AlertListModel::SeverityColumn
        || (role != Qt::DecorationRole && role != Qt::ForegroundRole)) {
        return QSortFilterProxyModel::data(index, role);
    }
    const auto severity = AlertSeverity(index.data(AlertListModel::SeverityRole).toInt());
    const auto status = AlertStatus(index.data(AlertListModel::StatusRole).toInt());
    if (status == AlertStatus::Acknowledged) {
        const QColor text = m_palette.color(QPalette::Text);
        return role == Qt::DecorationRole
            ? QVariant(icon(QStringLiteral(":/icons/acknowledge.svg"), text))
            : QVariant(); // the view's own text colour: no longer demands attention
    }
    const QColor colour = statusColour(statusOf(severity), m_palette);
    if (role == Qt::ForegroundRole) {
        return colour;
    }
    return icon(QStringLiteral(":/icons/alert.svg"), colour);
}

QIcon AlertSortModel::icon(const QString &name, const QColor &colour) const
{
    const QString key = name + colour.name();
    auto found = m_icons.constFind(key);
    if (found == m_icons.constEnd()) {
        found = m_icons.insert(key, tinted(name, colour));
    }
    return *found;
}

} // namespace Quorum::Ui
