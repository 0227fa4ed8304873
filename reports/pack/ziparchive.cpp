// SPDX-License-Identifier: GPL-3.0-or-later
// Writing ZIP archives through libarchive, deterministically and atomically.
#include "ziparchive.h"

#include "document/reporterror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

struct WriteDeleter
{
    void operator()(archive *a) const { archive_write_free(a); }
};

struct EntryDeleter
{
    void operator()(archive_entry *e) const { archive_entry_free(e); }
};

la_ssize_t writeToFile(archive *, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(clientData);
    const qint64 written
        = file->write(static_cast<const char *>(buffer), static_cast<qint64>(length));
    return written < 0 ? -1 : static_cast<la_ssize_t>(written);
}

[[noreturn]] void fail(const QString &path, const QString &why)
{
    throw ReportError(ReportError::Kind::Io,
                      tr("%1 cannot be written: %2").arg(QFileInfo(path).fileName(), why));
}

QString archiveProblem(archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : tr("unknown libarchive error");
}

void writeEntry(archive *a, const QString &path, const ZipEntry &entry, time_t mtime)
{
    if (!isSafeEntryName(entry.path)) {
        fail(path, tr("the entry name '%1' is not a safe relative name").arg(entry.path));
    }
    std::unique_ptr<archive_entry, EntryDeleter> header(archive_entry_new());
    const QByteArray name = entry.path.toUtf8();
    archive_entry_set_pathname_utf8(header.get(), name.constData());
    archive_entry_set_filetype(header.get(), AE_IFREG);
    archive_entry_set_perm(header.get(), 0644);
    archive_entry_set_size(header.get(), entry.data.size());
    archive_entry_set_mtime(header.get(), mtime, 0);
    archive_entry_set_uid(header.get(), 0);
    archive_entry_set_gid(header.get(), 0);
    if (archive_write_header(a, header.get()) != ARCHIVE_OK) {
        fail(path, tr("entry '%1': %2").arg(entry.path, archiveProblem(a)));
    }
    const qsizetype size = entry.data.size();
    for (qsizetype offset = 0; offset < size;) {
        const la_ssize_t written = archive_write_data(a, entry.data.constData() + offset,
                                                      static_cast<size_t>(size - offset));
        if (written <= 0) {
            fail(path, tr("entry '%1': %2").arg(entry.path, archiveProblem(a)));
        }
        offset += static_cast<qsizetype>(written);
    }
}

} // namespace

void writeZip(const QString &path, const std::vector<ZipEntry> &entries, const QDateTime &mtime)
{
    // QSaveFile writes to a temporary file beside path and renames it on commit(); when it is
    // destroyed without a commit (an exception below), the temporary file is removed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(path, file.errorString());
    }
    std::unique_ptr<archive, WriteDeleter> zip(archive_write_new());
    if (!zip || archive_write_set_format_zip(zip.get()) != ARCHIVE_OK
        || archive_write_zip_set_compression_deflate(zip.get()) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(zip.get(), 1) != ARCHIVE_OK) {
        fail(path, zip ? archiveProblem(zip.get()) : tr("libarchive is out of memory"));
    }
    if (archive_write_open2(zip.get(), &file, nullptr, writeToFile, nullptr, nullptr)
        != ARCHIVE_OK) {
        fail(path, archiveProblem(zip.get()));
    }
    const auto seconds = static_cast<time_t>(mtime.toSecsSinceEpoch());
    for (const ZipEntry &entry : entries) {
        writeEntry(zip.get(), path, entry, seconds);
    }
    if (archive_write_close(zip.get()) != ARCHIVE_OK) {
        fail(path, archiveProblem(zip.get()));
    }
    if (!file.commit()) {
        fail(path, file.errorString());
    }
}

bool isSafeEntryName(const QString &name)
{
    static const QRegularExpression driveLetter(QStringLiteral("^[A-Za-z]:"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || driveLetter.match(name).hasMatch() || !QStringView(name).isValidUtf16()) {
        return false;
    }
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) {
            return false;
        }
    }
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QStringLiteral(".") || part == QStringLiteral("..")) {
            return false;
        }
    }
    return true;
}

} // namespace Quorum::Reports
