// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader says for each control: every control the keyboard reaches in the areas
// and on the model page must have a name (its text, its accessible name, or its label's).
#include "mainwindow/area.h"
#include "mainwindow/databasecontroller.h"
#include "mainwindow/mainwindow.h"
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/modelpagetabs.h"
#include "uidemo.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QThreadPool>

#include <catch2/catch_test_macros.hpp>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 20000;

bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

/// The visible, focusable controls under @p root that a screen reader would announce without a
/// name, as "Class objectName (in parent)".
QStringList unnamedControls(const QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || !isControl(widget)) {
            continue;
        }
        // A line edit inside a combo box or a spin box is named by its owner.
        if (qobject_cast<QLineEdit *>(widget)
            && (qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))) {
            continue;
        }
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
        if (!face || face->text(QAccessible::Name).trimmed().isEmpty()) {
            unnamed << QStringLiteral("%1 '%2' (in %3)")
                           .arg(QLatin1String(widget->metaObject()->className()),
                                widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName()
                                                       : QString());
        }
    }
    return unnamed;
}

struct OpenWindow
{
    OpenWindow()
    {
        window.resize(1400, 900);
        window.show();
        QSignalSpy opened(window.databaseController(), &Ui::DatabaseController::opened);
        window.openDatabase(demo.db().path());
        REQUIRE(opened.wait(kTimeoutMs));
    }
    ~OpenWindow() { QThreadPool::globalInstance()->waitForDone(); }
    OpenWindow(const OpenWindow &) = delete;
    OpenWindow &operator=(const OpenWindow &) = delete;

    Test::UiDemo demo;
    Ui::MainWindow window;
};

} // namespace

TEST_CASE("Every control of every area has a name a screen reader can say", "[ui][a11y]")
{
    OpenWindow open;
    for (const Ui::Area area : Ui::kAllAreas) {
        open.window.showArea(area);
        QTest::qWait(300); // the area's first read fills its lists
        const QStringList unnamed = unnamedControls(&open.window);
        INFO("area " << Ui::areaKey(area).toStdString() << ": "
                     << unnamed.join(QStringLiteral("; ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("Every control of every tab of the model page has a name a screen reader can say",
          "[ui][a11y]")
{
    OpenWindow open;
    Ui::ModelDetailPage *page = open.window.modelDetailPage();
    QSignalSpy shown(page, &Ui::ModelDetailPage::modelShown);
    open.window.showModel(QStringLiteral("fraud-detection"));
    REQUIRE(shown.wait(kTimeoutMs));
    Ui::ModelPageTabs *tabs = page->tabs();
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QTest::qWait(400); // a tab reads when first shown
        const QStringList unnamed = unnamedControls(page);
        INFO("tab " << tabs->tabText(index).toStdString() << ": "
                    << unnamed.join(QStringLiteral("; ")).toStdString());
        CHECK(unnamed.isEmpty());
    }
}
