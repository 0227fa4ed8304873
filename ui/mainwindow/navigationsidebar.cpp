// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

#include <QKeySequence>
#include <QSignalBlocker>

namespace Quorum::Ui {

namespace {

constexpr int kIconSize = 22;
constexpr int kItemHeight = 38;
constexpr int kWidth = 176;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setAccessibleName(tr("Areas"));
    setFrameShape(QFrame::NoFrame);
    setIconSize(QSize(kIconSize, kIconSize));
    setFixedWidth(kWidth);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The sidebar sits on the window colour so the page beside it stands out.
    viewport()->setBackgroundRole(QPalette::Window);

    QFont itemFont = font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.05);
    for (Area area : kAllAreas) {
        auto *item = new QListWidgetItem(areaIcon(area), areaName(area), this);
        const QKeySequence shortcut(
            QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + areaIndex(area))));
        item->setToolTip(
            tr("%1 (%2)").arg(areaName(area), shortcut.toString(QKeySequence::NativeText)));
        item->setSizeHint(QSize(kWidth, kItemHeight));
        item->setFont(itemFont);
    }
    setCurrentRow(areaIndex(Area::Home));

    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kAllAreas.size())) {
            Q_EMIT areaSelected(kAllAreas[static_cast<std::size_t>(row)]);
        }
    });
}

Area NavigationSidebar::currentArea() const
{
    const int row = currentRow();
    if (row < 0 || row >= static_cast<int>(kAllAreas.size())) {
        return Area::Home;
    }
    return kAllAreas[static_cast<std::size_t>(row)];
}

void NavigationSidebar::setCurrentArea(Area area)
{
    const QSignalBlocker blocker(this);
    setCurrentRow(areaIndex(area));
}

} // namespace Quorum::Ui
