// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Quorum {

/// The canonical form of a JSON value, the bytes that are hashed and signed: object keys sorted
/// by UTF-16 code units, no insignificant whitespace, UTF-8, strings escaped minimally (", \ and
/// control characters only), numbers as ECMAScript prints them (integers without a fraction,
/// 1e+21, 1e-7), as RFC 8785 (JCS) defines. Any verifier that follows RFC 8785 reproduces it.
/// NaN and infinities have no JSON form and become null.
QByteArray canonicalJson(const QJsonValue &value);

/// The ECMAScript Number.prototype.toString() form of @p number (RFC 8785 §3.2.2.3).
QByteArray canonicalNumber(double number);

} // namespace Quorum
