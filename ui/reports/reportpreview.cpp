// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include <QUrl>

namespace Quorum::Ui {

ReportPreview::ReportPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reportPreview"));
    setAccessibleName(tr("Report preview"));
    setOpenExternalLinks(true);
    setTabChangesFocus(true);
    document()->setDocumentMargin(16);
}

void ReportPreview::showPage(PreviewPage page)
{
    m_images = std::move(page.images);
    m_hasPage = true;
    if (!page.markdown.isEmpty()) {
        setMarkdown(page.markdown);
    } else {
        setHtml(page.html);
    }
}

void ReportPreview::showMessage(const QString &text)
{
    m_images.clear();
    m_hasPage = false;
    setHtml(QStringLiteral("<p align=\"center\" style=\"color: gray; margin-top: 48px\">%1</p>")
                .arg(text.toHtmlEscaped()));
}

QVariant ReportPreview::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource) {
        const auto found = m_images.constFind(name.toString());
        if (found != m_images.constEnd()) {
            return *found;
        }
    }
    return QTextBrowser::loadResource(type, name);
}

} // namespace Quorum::Ui
