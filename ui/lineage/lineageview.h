// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace Quorum::Ui {

class LineageScene;
enum class LineageStep;

/// Shows a LineageScene: zoom (Ctrl+wheel, zoomIn()/zoomOut()/fitAll()), one current node
/// selected by click, Tab/Shift+Tab (column by column) or the arrow keys (along the edges).
/// The current node's words become the view's accessible description, announced to screen
/// readers.
class LineageView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineageView)

public:
    explicit LineageView(LineageScene *scene, QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    /// Fits the whole graph, never enlarging it beyond 100 %.
    void fitAll();
    /// The current scale (1.0 = 100 %).
    double zoom() const;

    /// Makes node @p index current (selected, focused, scrolled into view); -1 for none.
    void setCurrentNode(int index);
    int currentNode() const;

Q_SIGNALS:
    void currentNodeChanged(int index);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    bool moveCurrent(LineageStep step);
    void scaleBy(double factor);
    void selectionChanged();

    LineageScene *m_scene;
    int m_current = -1;
};

} // namespace Quorum::Ui
