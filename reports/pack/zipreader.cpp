// SPDX-License-Identifier: GPL-3.0-or-later
// Reading ZIP archives that may come from anywhere, through libarchive: every entry name is
// checked before its data is read, and sizes are counted as the data arrives.
#include "document/reporterror.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

struct ReadDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

constexpr qsizetype kBlock = 64 * 1024;

class ZipReader
{
public:
    ZipReader(const QString &path, const ZipLimits &limits)
        : m_name(QFileInfo(path).fileName())
        , m_limits(limits)
    {}

    std::vector<ZipEntry> read(archive *zip);

private:
    [[noreturn]] void bad(const QString &why) const
    {
        throw ReportError(ReportError::Kind::BadPack, m_name + QStringLiteral(": ") + why);
    }
    QString problem(archive *zip) const
    {
        const char *message = archive_error_string(zip);
        return message ? QString::fromLocal8Bit(message) : tr("unknown libarchive error");
    }
    QString entryName(archive_entry *entry) const;
    void checkEntry(archive_entry *entry, const QString &name);
    QByteArray readData(archive *zip, const QString &name);

    QString m_name;
    ZipLimits m_limits;
    QSet<QString> m_seen;
    qint64 m_count = 0;
    qint64 m_total = 0;
};

// The name as it can be shown: control characters as \xNN so they cannot mislead.
QString printable(const QString &name)
{
    QString shown;
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            shown += c;
        }
    }
    return shown;
}

bool escapes(const QString &name)
{
    return name.startsWith(QLatin1Char('/'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        || name.split(QLatin1Char('/')).contains(QStringLiteral(".."));
}

QString ZipReader::entryName(archive_entry *entry) const
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    const QByteArray raw(utf8 ? utf8 : archive_entry_pathname(entry));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString name = decoder(raw);
    if (decoder.hasError()) {
        bad(tr("entry '%1' has a name that is not UTF-8").arg(printable(name)));
    }
    return name;
}

void ZipReader::checkEntry(archive_entry *entry, const QString &name)
{
    if (++m_count > m_limits.maxEntries) {
        bad(tr("the archive holds more than %1 entries").arg(m_limits.maxEntries));
    }
    QString plain = name;
    if (archive_entry_filetype(entry) == AE_IFDIR && plain.endsWith(QLatin1Char('/'))) {
        plain.chop(1);
    }
    if (escapes(plain)) {
        bad(tr("entry '%1' escapes the pack's folder").arg(printable(name)));
    }
    if (!isSafeEntryName(plain)) {
        bad(tr("entry '%1' has an unsafe name").arg(printable(name)));
    }
    if (archive_entry_hardlink(entry) || archive_entry_filetype(entry) == AE_IFLNK) {
        bad(tr("entry '%1' is a link, not a file").arg(name));
    }
    const auto type = archive_entry_filetype(entry);
    if (type != AE_IFREG && type != AE_IFDIR) {
        bad(tr("entry '%1' is not a regular file").arg(name));
    }
    if (m_seen.contains(plain)) {
        bad(tr("entry '%1' appears twice").arg(name));
    }
    m_seen.insert(plain);
}

QByteArray ZipReader::readData(archive *zip, const QString &name)
{
    QByteArray data;
    char buffer[kBlock];
    for (;;) {
        const la_ssize_t n = archive_read_data(zip, buffer, sizeof buffer);
        if (n == 0) {
            return data;
        }
        if (n < 0) {
            bad(tr("entry '%1' cannot be read: %2").arg(name, problem(zip)));
        }
        if (data.size() + n > m_limits.maxEntrySize) {
            bad(tr("entry '%1' is larger than %2 bytes").arg(name).arg(m_limits.maxEntrySize));
        }
        m_total += n;
        if (m_total > m_limits.maxTotalSize) {
            bad(tr("entry '%1' makes the archive larger than %2 bytes")
                    .arg(name)
                    .arg(m_limits.maxTotalSize));
        }
        data.append(buffer, static_cast<qsizetype>(n));
    }
}

std::vector<ZipEntry> ZipReader::read(archive *zip)
{
    std::vector<ZipEntry> entries;
    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(zip, &entry);
        if (rc == ARCHIVE_EOF) {
            return entries;
        }
        if (rc < ARCHIVE_WARN) {
            bad(tr("not a readable ZIP archive (%1)").arg(problem(zip)));
        }
        const QString name = entryName(entry);
        checkEntry(entry, name);
        if (archive_entry_filetype(entry) == AE_IFDIR) {
            archive_read_data_skip(zip);
            continue;
        }
        entries.push_back({name, readData(zip, name)});
    }
}

} // namespace

std::vector<ZipEntry> readZip(const QString &path, const ZipLimits &limits)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        throw ReportError(
            ReportError::Kind::Io,
            tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), probe.errorString()));
    }
    probe.close();
    std::unique_ptr<archive, ReadDeleter> zip(archive_read_new());
    archive_read_support_format_zip(zip.get());
    const QByteArray nativePath = QFile::encodeName(path);
    if (archive_read_open_filename(zip.get(), nativePath.constData(), kBlock) != ARCHIVE_OK) {
        const char *message = archive_error_string(zip.get());
        throw ReportError(ReportError::Kind::BadPack,
                          tr("%1: not a readable ZIP archive (%2)")
                              .arg(QFileInfo(path).fileName(),
                                   message ? QString::fromLocal8Bit(message) : QString()));
    }
    return ZipReader(path, limits).read(zip.get());
}

} // namespace Quorum::Reports
