// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QIcon;

namespace Quorum::Ui {

/// An honest page for a part of Quorum that is not built yet: its name, one sentence saying
/// it arrives later and one on what it will do. It never shows invented content.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &comingLater,
                    const QString &purpose, QWidget *parent = nullptr);
};

} // namespace Quorum::Ui
