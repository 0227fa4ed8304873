// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifestreader.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Quorum::Reports {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::Reports", text);
}

QString keyPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

bool isSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QDateTime parseTime(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    if (!form.match(text).hasMatch()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace

bool ManifestReader::fail(const QString &path, const QString &what)
{
    m_problem = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
    return false;
}

bool ManifestReader::hasKeys(const QJsonObject &object, const QString &path,
                             const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!object.contains(key)) {
            return fail(keyPath(path, key), tr("missing"));
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            return fail(keyPath(path, it.key()), tr("unexpected key"));
        }
    }
    return true;
}

bool ManifestReader::readText(const QJsonObject &object, const QString &path, const QString &key,
                              QString *out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        return fail(keyPath(path, key), tr("expected a string"));
    }
    *out = value.toString();
    return true;
}

std::optional<PackManifest> ManifestReader::read(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        fail({}, tr("not JSON: %1 (at byte %2)").arg(error.errorString()).arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail({}, tr("expected a JSON object"));
        return std::nullopt;
    }
    PackManifest manifest;
    if (!readRoot(document.object(), manifest)) {
        return std::nullopt;
    }
    return manifest;
}

bool ManifestReader::readRoot(const QJsonObject &root, PackManifest &manifest)
{
    if (!hasKeys(root, {},
                 {QStringLiteral("database_instance_id"), QStringLiteral("exporter"),
                  QStringLiteral("files"), QStringLiteral("format"), QStringLiteral("generated_at"),
                  QStringLiteral("generator"), QStringLiteral("scope")})) {
        return false;
    }
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() != PackManifest::kFormat) {
        return fail(QStringLiteral("format"), tr("expected %1").arg(PackManifest::kFormat));
    }
    QString generatedAt;
    if (!readText(root, {}, QStringLiteral("scope"), &manifest.scope)
        || !readText(root, {}, QStringLiteral("generator"), &manifest.generator)
        || !readText(root, {}, QStringLiteral("database_instance_id"), &manifest.databaseInstanceId)
        || !readText(root, {}, QStringLiteral("generated_at"), &generatedAt)) {
        return false;
    }
    manifest.generatedAt = parseTime(generatedAt);
    if (!manifest.generatedAt.isValid()) {
        return fail(QStringLiteral("generated_at"),
                    tr("expected a UTC time such as 2026-11-20T09:30:00Z"));
    }
    return readExporter(root.value(QStringLiteral("exporter")), manifest)
        && readFiles(root.value(QStringLiteral("files")), manifest);
}

bool ManifestReader::readExporter(const QJsonValue &value, PackManifest &manifest)
{
    const QString path = QStringLiteral("exporter");
    if (!value.isObject()) {
        return fail(path, tr("expected an object"));
    }
    const QJsonObject exporter = value.toObject();
    if (!hasKeys(exporter, path,
                 {QStringLiteral("certificate"), QStringLiteral("email"),
                  QStringLiteral("fingerprint"), QStringLiteral("name")})
        || !readText(exporter, path, QStringLiteral("name"), &manifest.exporterName)
        || !readText(exporter, path, QStringLiteral("email"), &manifest.exporterEmail)
        || !readText(exporter, path, QStringLiteral("certificate"), &manifest.exporterCertificate)
        || !readText(exporter, path, QStringLiteral("fingerprint"),
                     &manifest.exporterFingerprint)) {
        return false;
    }
    if (!isSafeEntryName(manifest.exporterCertificate)) {
        return fail(keyPath(path, QStringLiteral("certificate")), tr("not a safe entry name"));
    }
    if (!isSha256(manifest.exporterFingerprint)) {
        return fail(keyPath(path, QStringLiteral("fingerprint")),
                    tr("expected 64 lower-case hex digits"));
    }
    return true;
}

bool ManifestReader::readFiles(const QJsonValue &value, PackManifest &manifest)
{
    if (!value.isArray()) {
        return fail(QStringLiteral("files"), tr("expected an array"));
    }
    const QJsonArray files = value.toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = QStringLiteral("files[%1]").arg(i);
        ManifestFile file;
        if (!readFile(files.at(i), path, file)) {
            return false;
        }
        if (!manifest.files.empty() && !(manifest.files.back().path < file.path)) {
            return fail(path + QStringLiteral(".path"),
                        manifest.files.back().path == file.path
                            ? tr("'%1' is listed twice").arg(file.path)
                            : tr("'%1' is out of order (files are sorted by path)").arg(file.path));
        }
        manifest.files.push_back(file);
    }
    return true;
}

bool ManifestReader::readFile(const QJsonValue &value, const QString &path, ManifestFile &file)
{
    if (!value.isObject()) {
        return fail(path, tr("expected an object"));
    }
    const QJsonObject object = value.toObject();
    if (!hasKeys(object, path,
                 {QStringLiteral("path"), QStringLiteral("sha256"), QStringLiteral("size")})
        || !readText(object, path, QStringLiteral("path"), &file.path)
        || !readText(object, path, QStringLiteral("sha256"), &file.sha256)) {
        return false;
    }
    if (!isSafeEntryName(file.path) || file.path == QStringLiteral("MANIFEST.json")
        || file.path == QStringLiteral("MANIFEST.json.p7s")) {
        return fail(path + QStringLiteral(".path"), tr("not a safe entry name of a packed file"));
    }
    if (!isSha256(file.sha256)) {
        return fail(path + QStringLiteral(".sha256"), tr("expected 64 lower-case hex digits"));
    }
    const QJsonValue size = object.value(QStringLiteral("size"));
    const double bytes = size.toDouble(-1.0);
    if (!size.isDouble() || bytes < 0 || bytes > 9007199254740992.0 || std::floor(bytes) != bytes) {
        return fail(path + QStringLiteral(".size"), tr("expected a whole number of bytes"));
    }
    file.size = static_cast<qint64>(bytes);
    return true;
}

} // namespace Quorum::Reports
