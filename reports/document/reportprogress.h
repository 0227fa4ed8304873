// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Quorum::Reports {

/// Progress and cancellation of a long export, passed down to builders and renderers. Called
/// on the working thread. A default-constructed one reports nothing and never cancels.
class ReportProgress
{
public:
    using Callback = std::function<void(int done, int total, const QString &step)>;

    ReportProgress() = default;
    ReportProgress(Callback callback, const std::atomic_bool *cancelRequested);

    /// Reports @p done of @p total with what is being done, then throws
    /// ReportError(Cancelled) when cancellation was requested. Call it between steps, never
    /// while a file is half written.
    void step(int done, int total, const QString &what) const;
    /// Throws ReportError(Cancelled) when cancellation was requested.
    void checkCancelled() const;
    bool cancelRequested() const;

private:
    Callback m_callback;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace Quorum::Reports
