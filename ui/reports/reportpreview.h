// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportoutput.h"

#include <QTextBrowser>

namespace Quorum::Ui {

/// Shows a report as it will read: the HTML of the report with its charts as images
/// (previewPage()), or a Markdown report as Markdown. Links inside the report jump to their
/// sections; links out open in the browser.
class ReportPreview final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPreview)

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    /// Shows @p page.
    void showPage(PreviewPage page);
    /// Shows @p text in place of a report (nothing previewed yet, being built, failed).
    void showMessage(const QString &text);
    /// Whether a report is shown (rather than a message).
    bool hasPage() const { return m_hasPage; }
    /// The charts of the page shown, as images by their "chart:N" names.
    const QHash<QString, QImage> &charts() const { return m_images; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QHash<QString, QImage> m_images;
    bool m_hasPage = false;
};

} // namespace Quorum::Ui
