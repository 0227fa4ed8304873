// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

constexpr int kLogoSize = 64;
constexpr int kColumnWidth = 380;

QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/quorum.svg")).pixmap(kLogoSize, kLogoSize));
    auto *title = heading(tr("Welcome to Quorum"), 1.8, this);
    auto *subtitle = new QLabel(tr("Open a governance database to see your models, their "
                                   "versions and the decisions about them."),
                                this);
    subtitle->setWordWrap(true);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addLayout(titles, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(createActions(), 0, Qt::AlignTop);
    columns->addWidget(createRecentList(), 0, Qt::AlignTop);

    auto *content = new QVBoxLayout;
    content->addLayout(header);
    content->addSpacing(24);
    content->addLayout(columns);

    auto *centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(content);
    centred->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(centred);
    layout->addStretch(2);
}

QWidget *WelcomePage::createActions()
{
    auto *box = new QWidget(this);
    box->setFixedWidth(kColumnWidth);
    auto *demo = new QCommandLinkButton(tr("Open the demo database"),
                                        tr("Explore a realistic inventory of a dozen models "
                                           "across risk tiers and stages. Built on first use."),
                                        box);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    auto *open = new QCommandLinkButton(tr("Open a database…"),
                                        tr("A governance database file (.sqlite) on this "
                                           "computer or on a shared drive."),
                                        box);
    open->setObjectName(QStringLiteral("openButton"));
    auto *create = new QCommandLinkButton(tr("Create a new database…"),
                                          tr("An empty governance database with the default "
                                             "policies of each risk tier."),
                                          box);
    create->setObjectName(QStringLiteral("newButton"));
    connect(demo, &QAbstractButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(open, &QAbstractButton::clicked, this, &WelcomePage::openRequested);
    connect(create, &QAbstractButton::clicked, this, &WelcomePage::newRequested);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Start"), 1.1, box));
    layout->addWidget(demo);
    layout->addWidget(open);
    layout->addWidget(create);
    return box;
}

QWidget *WelcomePage::createRecentList()
{
    auto *box = new QWidget(this);
    box->setFixedWidth(kColumnWidth);
    m_recent = new QListWidget(box);
    m_recent->setObjectName(QStringLiteral("recentDatabases"));
    m_recent->setAccessibleName(tr("Recent databases"));
    m_recent->setTextElideMode(Qt::ElideMiddle);
    m_recent->setSpacing(3);
    m_recent->setIconSize(QSize(24, 24));
    m_noRecent = new QLabel(tr("No recent databases yet. The ones you open will be listed "
                               "here."),
                            box);
    m_noRecent->setWordWrap(true);
    m_noRecent->setForegroundRole(QPalette::PlaceholderText);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Recent databases"), 1.1, box));
    layout->addWidget(m_recent);
    layout->addWidget(m_noRecent);
    layout->addStretch(1);
    return box;
}

void WelcomePage::setRecentDatabases(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            tr("%1\n%2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(QIcon(QStringLiteral(":/icons/quorum.svg")));
    }
    m_recent->setVisible(!paths.isEmpty());
    m_noRecent->setVisible(paths.isEmpty());
}

} // namespace Quorum::Ui
