// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack/packverifier.h"

#include <QHash>
#include <QImage>
#include <QString>

#include <optional>

namespace Quorum::Ui {

/// A report page for the preview: HTML that QTextBrowser can show, its charts as images
/// named by the "chart:N" URLs the HTML uses.
struct PreviewPage
{
    QString html;
    QString markdown; ///< set instead of html for a Markdown-only report (the release log)
    QHash<QString, QImage> images;
};

/// What a report job produced: a preview, a written file, or a pack's verification.
struct ReportOutput
{
    std::optional<PreviewPage> preview;
    QString readiness; ///< Annex IV: "21 of 30 items evidenced · 9 gaps"; empty otherwise
    QString path;      ///< the file written by an export
    QString summary;   ///< one sentence on what was written, e.g. the pack's file count
    std::optional<Reports::PackReport> pack;
};

} // namespace Quorum::Ui
