// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modeldetail/modeltab.h"

class QAction;
class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace Quorum {
struct LineageGraph;
}

namespace Quorum::Ui {

class LineageScene;
class LineageView;

/// The Lineage tab: datasets → versions → deployments of one model, drawn as a graph.
/// The graph is read on a worker; selecting a box (click, Tab, arrow keys) shows its details
/// beside the graph. Zoom in/out/fit (Ctrl++, Ctrl+-, Ctrl+0, Ctrl+wheel) and export as SVG or
/// PNG. A refresh of the same model keeps the selection and the zoom. While the tab is hidden
/// (another tab of the page is current) showModel() only remembers to read when it is shown.
class LineageTab final : public ModelTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageTab)

public:
    explicit LineageTab(QWidget *parent = nullptr);

    void showModel(const ModelDetails &details) override;
    void clear() override;

    LineageScene *scene() const { return m_scene; }
    LineageView *view() const { return m_view; }
    /// Selects the node with @p key ("dataset:12", "version:4", "deployment:1"); false when
    /// the graph has no such node.
    bool selectNode(const QString &key);
    /// Writes the graph as SVG or PNG; a user-facing error, empty on success.
    QString exportSvg(const QString &path);
    QString exportPng(const QString &path);

Q_SIGNALS:
    /// The graph of the model shown was read and drawn (also when it is empty).
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void read() override;

private:
    QWidget *createToolBar();
    QAction *addToolAction(const QString &text, const QString &objectName,
                           const QKeySequence &shortcut);
    void setGraph(LineageGraph graph);
    void showEmpty(const QString &text);
    void showDetails(int index);
    void chooseExportFile(const QString &suffix);

    LineageScene *m_scene;
    LineageView *m_view = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QList<QAction *> m_graphActions; ///< enabled only while a graph is shown
    qint64 m_modelId = 0;
    QString m_modelName;
    bool m_fitPending = false; ///< a new model: fit the graph once it is drawn
};

} // namespace Quorum::Ui
