// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminalprogress.h"

#include "console.h"

#include <QCoreApplication>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Quorum::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Cli::TerminalProgress", text);
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

constexpr qsizetype kMaxWidth = 78;

} // namespace

TerminalProgress::TerminalProgress(QString label)
    : m_label(std::move(label))
{
    if (stderrIsTerminal()) {
        m_progress = Reports::ReportProgress(
            [this](int done, int total, const QString &step) { show(done, total, step); }, nullptr);
    }
}

TerminalProgress::~TerminalProgress()
{
    if (m_width > 0) {
        Console::err(QLatin1Char('\r') + QString(m_width, QLatin1Char(' ')) + QLatin1Char('\r'));
    }
}

void TerminalProgress::show(int done, int total, const QString &step)
{
    QString line = total > 0 ? tr("%1: %2 (%3 of %4)").arg(m_label, step).arg(done).arg(total)
                             : tr("%1: %2").arg(m_label, step);
    if (line.size() > kMaxWidth) {
        line = line.left(kMaxWidth - 1) + QChar(0x2026);
    }
    const qsizetype padding = std::max<qsizetype>(0, m_width - line.size());
    Console::err(QLatin1Char('\r') + line + QString(padding, QLatin1Char(' ')));
    m_width = line.size() + padding;
}

} // namespace Quorum::Cli
