// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Quorum::Reports::Render {

/// Plain text made safe as GitHub-flavoured Markdown, so that no character of a report's data
/// starts markup: emphasis, links, code, raw HTML ("<script>" prints as text), entities.
namespace MarkdownText {

/// @p text escaped for use inside a line; line breaks become spaces.
QString inlineText(const QString &text);

/// The lines of @p text, each escaped, trimmed, and with a character that would start a
/// block (heading, list item, rule, quote) escaped. Join them with hardBreak().
QStringList lines(const QString &text);

/// @p text as one table cell: escaped, '|' as "\|", line breaks as "<br>".
QString cell(const QString &text);

/// A row of a pipe table from already escaped cells: "| a | b |".
QString row(const QStringList &cells);

/// The hard line break between lines of one paragraph: a backslash and a newline.
QString hardBreak();

} // namespace MarkdownText

} // namespace Quorum::Reports::Render
