// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasefiledialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Quorum::Ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Ui::DatabaseFileDialogs", text);
}

} // namespace

QString chooseDatabaseToOpen(QWidget *parent, const QString &folder)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Governance Database"), folder,
                                        tr("Governance databases (*.sqlite *.db);;All files (*)"));
}

QString chooseNewDatabasePath(QWidget *parent, const QString &folder)
{
    QString path = QFileDialog::getSaveFileName(
        parent, tr("New Governance Database"), QDir(folder).filePath(tr("governance.sqlite")),
        tr("Governance databases (*.sqlite *.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".sqlite");
    }
    return path;
}

} // namespace Quorum::Ui
