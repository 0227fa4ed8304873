// SPDX-License-Identifier: GPL-3.0-or-later
// quorumctl: Quorum's command line, a thin shell over the core library (SPEC §8).
#include "dispatcher.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("quorumctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    return static_cast<int>(Quorum::Cli::Dispatcher().run(QCoreApplication::arguments()));
}
