// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace Quorum::Fuzz {

/// A small valid MLflow 3 file store in a temporary folder (an experiment with a run and a
/// logged model, a registered model with a version and an alias). put() replaces one of its
/// files with fuzz input — which one is chosen from the input's content, so that a seed
/// meta.yaml of a run lands where runs live — and puts back the file replaced before.
class MlflowSandbox
{
public:
    MlflowSandbox();

    /// The mlruns folder.
    QString root() const;
    /// Writes @p bytes over the file that fits them; returns its path.
    QString put(const QByteArray &bytes);

private:
    struct Slot
    {
        QString relativePath;
        QByteArray original;
    };

    std::size_t slotFor(const QByteArray &bytes) const;
    void write(std::size_t slot, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    std::vector<Slot> m_slots;
    std::size_t m_changed;
};

} // namespace Quorum::Fuzz
