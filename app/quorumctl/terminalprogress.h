// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/reportprogress.h"

#include <QString>

namespace Quorum::Cli {

/// The progress of a long export as one line on stderr, rewritten in place: "Audit pack:
/// rendering page 3 (12 of 40)". Only when stderr is a terminal, so pipes, logs and --json
/// consumers never see it. The line is erased when the object goes away.
class TerminalProgress
{
public:
    explicit TerminalProgress(QString label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    /// What to pass to the reports library; reports nothing when stderr is not a terminal.
    const Reports::ReportProgress &progress() const { return m_progress; }

private:
    void show(int done, int total, const QString &step);

    QString m_label;
    qsizetype m_width = 0; ///< characters of the line shown last; 0 when none is shown
    Reports::ReportProgress m_progress;
};

} // namespace Quorum::Cli
