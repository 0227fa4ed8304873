// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Quorum::Ui {

void showAboutBox(QWidget *parent)
{
    QMessageBox::about(
        parent, QCoreApplication::translate("Quorum::Ui::MainWindow", "About Quorum"),
        QCoreApplication::translate(
            "Quorum::Ui::MainWindow",
            "<h3>Quorum %1</h3><p>A workbench for AI-model governance: the inventory of your "
            "models, the evidence about them and signed decisions on their releases.</p>"
            "<p>Built with Qt %2. Licensed under the GNU General Public License, version 3 or "
            "later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

} // namespace Quorum::Ui
