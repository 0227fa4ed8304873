// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace Quorum::Reports {

/// One file of a ZIP archive.
struct ZipEntry
{
    QString path; ///< relative, '/'-separated, e.g. "signatures/decision-12.p7s"
    QByteArray data;
};

/// Limits when reading an archive that may come from anywhere.
struct ZipLimits
{
    qint64 maxEntries = 10000;
    qint64 maxEntrySize = 512LL * 1024 * 1024;  ///< uncompressed bytes of one entry
    qint64 maxTotalSize = 2048LL * 1024 * 1024; ///< uncompressed bytes of all entries
};

/// Writes @p entries, in the order given, as a ZIP (deflate) to @p path through libarchive,
/// every entry with modification time @p mtime (so the same entries give the same bytes), mode
/// 0644. Atomic: written to a temporary file beside @p path and renamed when complete.
/// Throws ReportError(Io) naming the file.
void writeZip(const QString &path, const std::vector<ZipEntry> &entries, const QDateTime &mtime);

/// Whether @p name is a safe relative entry name: not empty, no leading '/', no drive letter
/// or '\\', no "." or ".." component, no NUL or control character, valid UTF-8.
bool isSafeEntryName(const QString &name);

/// Reads every regular-file entry of the ZIP at @p path through libarchive. Throws
/// ReportError(BadPack) naming the archive and the entry when an entry name escapes the
/// folder (isSafeEntryName), is a link or device, appears twice, or a limit is exceeded, and
/// when the file is not a readable ZIP; ReportError(Io) when it cannot be opened.
std::vector<ZipEntry> readZip(const QString &path, const ZipLimits &limits = {});

} // namespace Quorum::Reports
