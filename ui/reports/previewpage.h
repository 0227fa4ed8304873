// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportoutput.h"

#include <QByteArray>

namespace Quorum::Ui {

/// The preview of an HTML report (renderHtml's output). QTextBrowser cannot draw inline SVG,
/// so every <svg> chart is painted into an image here and replaced by an <img> naming it
/// ("chart:1", "chart:2", …); the rest of the page is kept as it is. Any thread: this is what a
/// worker does after rendering.
PreviewPage previewPage(const QByteArray &html);

} // namespace Quorum::Ui
