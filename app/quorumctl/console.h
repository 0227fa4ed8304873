// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QJsonDocument;

/// quorumctl's output: results on stdout, messages on stderr, always UTF-8. With --json,
/// stdout carries exactly one JSON document and nothing else.
namespace Quorum::Cli::Console {

/// Writes @p text to stdout as it is (add the newline yourself).
void out(const QString &text);
/// Writes @p text to stderr as it is.
void err(const QString &text);
/// Writes "quorumctl: @p message" and a newline to stderr.
void error(const QString &message);
/// Writes @p document, indented, to stdout.
void json(const QJsonDocument &document);

} // namespace Quorum::Cli::Console
