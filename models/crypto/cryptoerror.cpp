// SPDX-License-Identifier: GPL-3.0-or-later
#include "cryptoerror.h"

namespace Quorum {

CryptoError::CryptoError(CryptoErrorKind kind, QString message, QString detail)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_what(m_message.toUtf8())
{}

} // namespace Quorum
