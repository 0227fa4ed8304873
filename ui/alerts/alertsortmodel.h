// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QSortFilterProxyModel>

namespace Quorum::Ui {

/// Sorts AlertListModel by its raw sort keys and paints what only a screen needs: a severity
/// icon (the alert triangle in red for critical, amber for a warning; a check mark once
/// acknowledged) and the severity word in the same status colour, readable on the light and
/// the dark palette. Colour never stands alone: the word says it too.
class AlertSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSortModel)

public:
    explicit AlertSortModel(QObject *parent = nullptr);

    /// The palette the colours must read on; call again when it changes.
    void setPalette(const QPalette &palette);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QIcon icon(const QString &name, const QColor &colour) const;

    QPalette m_palette;
    mutable QHash<QString, QIcon> m_icons; ///< by name and colour, for the current palette
};

} // namespace Quorum::Ui
