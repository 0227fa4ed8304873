// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kIconSize = 48;
constexpr int kTextWidth = 520;

QLabel *wrappedLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title,
                                 const QString &comingLater, const QString &purpose,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(icon.pixmap(kIconSize, kIconSize, QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignHCenter);

    auto *titleLabel = new QLabel(title);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignHCenter);

    auto *comingLabel = wrappedLabel(comingLater);
    comingLabel->setObjectName(QStringLiteral("comingLater"));
    auto *purposeLabel = wrappedLabel(purpose);
    purposeLabel->setForegroundRole(QPalette::PlaceholderText);

    // A fixed column: word-wrapped labels need a definite width to compute their height.
    auto *column = new QWidget(this);
    column->setFixedWidth(kTextWidth);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(iconLabel);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(titleLabel);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(comingLabel);
    columnLayout->addWidget(purposeLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Quorum::Ui
