// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineagetab.h"

#include "lineage/lineageexport.h"
#include "lineage/lineagenodeitem.h"
#include "lineage/lineagereader.h"
#include "lineage/lineagescene.h"
#include "lineage/lineagetext.h"
#include "lineage/lineageview.h"
#include "widgets/backgroundread.h"
#include "widgets/errordialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quorum::Ui {

LineageTab::LineageTab(QWidget *parent)
    : ModelTab(parent)
    , m_scene(new LineageScene(this))
{
    setObjectName(QStringLiteral("lineageTab"));
    m_view = new LineageView(m_scene);
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("lineageDetails"));
    m_details->setAccessibleName(tr("Details of the selected box"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 320}); // the side panel shows SHA-256s and sources
    m_content = splitter;

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("lineageEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("lineageNotes"));
    m_notes->setWordWrap(true);
    m_notes->hide();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_view, m_details);

    connect(m_view, &LineageView::currentNodeChanged, this, &LineageTab::showDetails);
    m_scene->setPalette(palette());
    m_scene->setFont(font());
    showEmpty(tr("No database is open."));
}

QWidget *LineageTab::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("lineageToolBar"));
    bar->setAccessibleName(tr("Lineage tools"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<QAction *> actions{
        addToolAction(tr("Zoom &In"), QStringLiteral("lineageZoomIn"), QKeySequence::ZoomIn),
        addToolAction(tr("Zoom &Out"), QStringLiteral("lineageZoomOut"), QKeySequence::ZoomOut),
        addToolAction(tr("&Fit"), QStringLiteral("lineageFit"),
                      QKeySequence(Qt::ControlModifier | Qt::Key_0)),
        addToolAction(tr("Export as &SVG…"), QStringLiteral("lineageExportSvg"), {}),
        addToolAction(tr("Export as &PNG…"), QStringLiteral("lineageExportPng"), {})};
    connect(actions[0], &QAction::triggered, m_view, &LineageView::zoomIn);
    connect(actions[1], &QAction::triggered, m_view, &LineageView::zoomOut);
    connect(actions[2], &QAction::triggered, m_view, &LineageView::fitAll);
    connect(actions[3], &QAction::triggered, this,
            [this] { chooseExportFile(QStringLiteral("svg")); });
    connect(actions[4], &QAction::triggered, this,
            [this] { chooseExportFile(QStringLiteral("png")); });
    for (QAction *action : actions) {
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action)) {
            button->setAccessibleName(action->iconText());
        }
    }
    bar->insertSeparator(actions[3]);
    return bar;
}

QAction *LineageTab::addToolAction(const QString &text, const QString &objectName,
                                   const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(action->iconText(), shortcut.toString(QKeySequence::NativeText)));
    }
    addAction(action); // the shortcut works wherever the focus is within the tab
    m_graphActions << action;
    return action;
}

void LineageTab::showModel(const ModelDetails &details)
{
    const Database *db = database();
    if (!db) {
        clear();
        return;
    }
    if (details.model.id != m_modelId) {
        dropReads(); // a read of the previous model still on its way is dropped
        m_modelId = details.model.id;
        m_fitPending = true;
        m_scene->setGraph({});
        showEmpty(tr("Reading the lineage…"));
    }
    m_modelName = details.model.name;
    readWhenShown();
}

void LineageTab::read()
{
    if (m_modelId == 0) {
        return;
    }
    const qint64 modelId = m_modelId;
    readLatest<LineageGraph>([modelId](Database &worker) { return readLineage(worker, modelId); },
                             [this](LineageGraph graph) { setGraph(std::move(graph)); });
}

void LineageTab::clear()
{
    dropReads();
    m_modelId = 0;
    m_scene->setGraph({});
    m_notes->hide();
    showEmpty(tr("No database is open."));
}

void LineageTab::setGraph(LineageGraph graph)
{
    const LineageNodeItem *current = m_view->currentNode() >= 0
        ? m_scene->nodeItems()[size_t(m_view->currentNode())]
        : nullptr;
    const QString selectedKey = current ? current->key() : QString();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    m_notes->setText(graph.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!graph.notes.isEmpty());
    const bool drawable = graph.hasLineage();
    m_scene->setGraph(std::move(graph));
    if (!drawable) {
        showEmpty(tr("No datasets or deployments are recorded for this model."));
        m_view->setCurrentNode(-1);
        Q_EMIT loaded();
        return;
    }
    m_stack->setCurrentWidget(m_content);
    for (QAction *action : std::as_const(m_graphActions)) {
        action->setEnabled(true);
    }
    const LineageNodeItem *again = m_scene->nodeItem(selectedKey);
    m_view->setCurrentNode(again ? again->index() : -1);
    if (m_fitPending) {
        m_fitPending = false;
        m_view->fitAll();
    } else if (!again) {
        m_view->centerOn(centre); // the same model: stay where the user was
    }
    showDetails(m_view->currentNode());
    Q_EMIT loaded();
}

void LineageTab::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    for (QAction *action : std::as_const(m_graphActions)) {
        action->setEnabled(false);
    }
    m_details->clear();
}

void LineageTab::showDetails(int index)
{
    m_details->setHtml(LineageText::detailsHtml(m_scene->graph(), index));
}

bool LineageTab::selectNode(const QString &key)
{
    const LineageNodeItem *item = m_scene->nodeItem(key);
    if (!item) {
        return false;
    }
    m_view->setCurrentNode(item->index());
    return true;
}

QString LineageTab::exportSvg(const QString &path)
{
    return exportSceneSvg(m_scene, path, tr("Lineage of %1").arg(m_modelName));
}

QString LineageTab::exportPng(const QString &path)
{
    return exportScenePng(m_scene, path);
}

void LineageTab::chooseExportFile(const QString &suffix)
{
    const bool svg = suffix == QLatin1String("svg");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Lineage as SVG") : tr("Export Lineage as PNG"),
        QDir(folder).filePath(QStringLiteral("%1-lineage.%2").arg(m_modelName, suffix)),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = svg ? exportSvg(path) : exportPng(path);
    if (!error.isEmpty()) {
        ErrorDialog::showError(this, tr("Export Failed"), error);
    }
}

void LineageTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(font());
    }
    ModelTab::changeEvent(event);
}

} // namespace Quorum::Ui
