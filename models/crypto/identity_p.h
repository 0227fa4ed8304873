// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to models/crypto: the QCA side of Identity, for the signer.

#include "identity.h"

#include <QtCrypto>

namespace Quorum {

struct Identity::Private
{
    QCA::KeyBundle bundle;
    CertificateInfo certificate;
};

/// Lets models/crypto reach the key of an Identity; nothing else can name this type's members.
struct IdentityAccess
{
    /// The key and chain of @p identity; null bundle for a moved-from identity.
    static QCA::KeyBundle bundle(const Identity &identity)
    {
        return identity.m_d ? identity.m_d->bundle : QCA::KeyBundle();
    }
};

} // namespace Quorum
