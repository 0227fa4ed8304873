// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetext.h"

#include "importerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace Quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::SourceText", text);
}

QString byteSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString hexByte(unsigned char c)
{
    return QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0')).toUpper();
}

/// The length of the UTF-8 sequence starting at @p i, or 0 when it is not valid UTF-8
/// (bad lead byte, missing continuation, overlong form, surrogate, beyond U+10FFFF).
int validSequenceLength(const unsigned char *s, qsizetype size, qsizetype i)
{
    const unsigned char c = s[i];
    int length = 0;
    char32_t minimum = 0;
    char32_t code = 0;
    if (c < 0x80) {
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        length = 2;
        minimum = 0x80;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        minimum = 0x800;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        minimum = 0x10000;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size) {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char next = s[i + k];
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (next & 0x3F);
    }
    if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

} // namespace

QByteArray readImportFile(const QString &path, qint64 maxBytes, const ImportLimits &limits)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        throw ImportError(
            ImportErrorKind::Unreadable, path, {},
            tr("a broken symbolic link (its target %1 does not exist)").arg(info.symLinkTarget()));
    }
    if (!info.exists()) {
        throw ImportError(ImportErrorKind::NotFound, path, {}, tr("no such file"));
    }
    if (info.isDir()) {
        throw ImportError(ImportErrorKind::Unreadable, path, {}, tr("a folder, expected a file"));
    }
    if (!info.isFile()) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("not a regular file (a pipe, socket or device), expected a file"));
    }
    requireWithinLimit(info.size(), maxBytes, limits, path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("cannot be read: %1").arg(file.errorString()));
    }
    // Read at most one byte past the limit: the file may have grown since it was measured.
    // (No more than the file's size either: QFile::read(n) allocates n bytes up front.)
    const qint64 cap
        = limits.sizeLimit == SizeLimit::Enforced ? std::min(maxBytes, info.size()) + 1 : -1;
    QByteArray bytes = cap < 0 ? file.readAll() : file.read(cap);
    if (file.error() != QFileDevice::NoError) {
        throw ImportError(ImportErrorKind::Unreadable, path, {},
                          tr("cannot be read: %1").arg(file.errorString()));
    }
    requireWithinLimit(bytes.size(), maxBytes, limits, path);
    return bytes;
}

void requireWithinLimit(qint64 size, qint64 maxBytes, const ImportLimits &limits,
                        const QString &file, const QString &location)
{
    if (limits.exceeds(size, maxBytes)) {
        throw ImportError(ImportErrorKind::TooLarge, file, location,
                          tr("%1, over the limit of %2 for this kind of file")
                              .arg(byteSize(size), byteSize(maxBytes)));
    }
}

void requireUtf8Text(const QByteArray &bytes, const QString &file)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            throw ImportError(ImportErrorKind::Malformed, file, lineColumnAt(bytes, i),
                              tr("binary data (byte 0x%1), expected text").arg(hexByte(c)));
        }
        if (i > 0 && c == 0xEF && i + 2 < size && s[i + 1] == 0xBB && s[i + 2] == 0xBF) {
            // Qt's JSON writer drops U+FEFF, and no format here has a use for it mid-text.
            throw ImportError(ImportErrorKind::Malformed, file, lineColumnAt(bytes, i),
                              tr("a byte-order mark (U+FEFF) inside the text; expected one "
                                 "only at the start of the file"));
        }
        const int length = validSequenceLength(s, size, i);
        if (length == 0) {
            throw ImportError(ImportErrorKind::Malformed, file, lineColumnAt(bytes, i),
                              tr("invalid UTF-8 (byte 0x%1), expected UTF-8 text").arg(hexByte(c)));
        }
        i += length;
    }
}

QString lineColumnAt(const QByteArray &bytes, qint64 offset)
{
    const qint64 end = std::min<qint64>(std::max<qint64>(offset, 0), bytes.size());
    qint64 line = 1;
    qint64 column = 1;
    for (qint64 i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++column;
        }
    }
    return tr("line %1, column %2").arg(line).arg(column);
}

} // namespace Quorum
