// SPDX-License-Identifier: GPL-3.0-or-later
// quorumctl: Quorum's command line, a thin shell over the core library (SPEC §8).
#include "dispatcher.h"

#include <QGuiApplication>

namespace {

QtMessageHandler s_previousHandler = nullptr;

/// Drops the one warning QGuiApplication prints where no desktop session set
/// XDG_RUNTIME_DIR (containers, CI, ssh): quorumctl never uses that folder, and its stderr
/// carries only its own messages. Everything else goes to the previous handler.
void quietStartupHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR"))) {
        return;
    }
    if (s_previousHandler != nullptr) {
        s_previousHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char **argv)
{
    // PDF reports paint with QPainter, which needs a QGuiApplication; a command line never
    // shows a window and must run without a display, so always on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    s_previousHandler = qInstallMessageHandler(quietStartupHandler);
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(s_previousHandler);
    QCoreApplication::setOrganizationName(QStringLiteral("Quorum"));
    QCoreApplication::setApplicationName(QStringLiteral("quorumctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    return static_cast<int>(Quorum::Cli::Dispatcher().run(QCoreApplication::arguments()));
}
