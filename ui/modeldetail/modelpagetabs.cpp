// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelpagetabs.h"

#include "approvals/approvalstab.h"
#include "drift/driftarea.h"
#include "fairness/fairnessarea.h"
#include "lineage/lineagetab.h"
#include "modelcard/modelcardtab.h"
#include "modeldetail/audittab.h"
#include "modeldetail/chartareatab.h"
#include "modeldetail/evaluationtab.h"
#include "modeldetail/modeloverviewtab.h"
#include "modeldetail/versionstab.h"
#include "storage/modeldetails.h"

#include <QKeyEvent>

namespace Quorum::Ui {

namespace {

std::size_t slot(ModelPageTab which)
{
    return static_cast<std::size_t>(which);
}

// The first control of @p tab that takes focus with Tab, else the tab itself: the focus
// stays on the page, so the next Ctrl+digit chooses a tab again.
void focusInto(QWidget *tab)
{
    for (QWidget *w = tab->nextInFocusChain(); w && w != tab; w = w->nextInFocusChain()) {
        if (tab->isAncestorOf(w) && w->isVisible() && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus) != 0) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    tab->setFocus(Qt::ShortcutFocusReason);
}

} // namespace

ModelPageTabs::ModelPageTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("modelTabs"));
    setDocumentMode(true);
    addModelTab(ModelPageTab::Overview, new ModelOverviewTab, tr("Overview"));
    addModelTab(ModelPageTab::Versions, new VersionsTab, tr("Versions"));
    addModelTab(ModelPageTab::ModelCard, new ModelCardTab, tr("Model card"));
    addModelTab(ModelPageTab::Evaluation, new EvaluationTab, tr("Evaluation"));
    addModelTab(ModelPageTab::Fairness, new ChartAreaTab(new FairnessArea), tr("Fairness"));
    addModelTab(ModelPageTab::Drift, new ChartAreaTab(new DriftArea), tr("Drift"));
    addModelTab(ModelPageTab::Approvals, new ApprovalsTab, tr("Approvals"));
    addModelTab(ModelPageTab::Lineage, new LineageTab, tr("Lineage"));
    addModelTab(ModelPageTab::Audit, new AuditTab, tr("Audit"));
}

void ModelPageTabs::addModelTab(ModelPageTab which, ModelTab *tab, const QString &name)
{
    m_tabs[slot(which)] = tab;
    const int index = addTab(tab, name);
    const QKeySequence key(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
    setTabToolTip(index, tr("%1 (%2)").arg(name, key.toString(QKeySequence::NativeText)));
    connect(tab, &ModelTab::readFailed, this, &ModelPageTabs::readFailed);
    connect(tab, &ModelTab::changed, this, &ModelPageTabs::changed);
}

ModelTab *ModelPageTabs::tab(ModelPageTab which) const
{
    return m_tabs[slot(which)];
}

ModelOverviewTab *ModelPageTabs::overview() const
{
    return static_cast<ModelOverviewTab *>(tab(ModelPageTab::Overview));
}

VersionsTab *ModelPageTabs::versions() const
{
    return static_cast<VersionsTab *>(tab(ModelPageTab::Versions));
}

void ModelPageTabs::showTab(ModelPageTab which)
{
    setCurrentWidget(tab(which));
}

ModelPageTab ModelPageTabs::currentTab() const
{
    return static_cast<ModelPageTab>(std::max(currentIndex(), 0));
}

void ModelPageTabs::setDatabaseSource(const std::function<const Database *()> &source)
{
    for (ModelTab *t : m_tabs) {
        t->setDatabaseSource(source);
    }
}

void ModelPageTabs::setSigningIdentity(SigningIdentity *identity)
{
    for (ModelTab *t : m_tabs) {
        t->setSigningIdentity(identity);
    }
}

void ModelPageTabs::showModel(const ModelDetails &details)
{
    setTabText(indexOf(versions()),
               tr("Versions (%1)").arg(static_cast<qlonglong>(details.versions.size())));
    for (ModelTab *t : m_tabs) {
        t->showModel(details);
    }
}

void ModelPageTabs::clearAll()
{
    for (ModelTab *t : m_tabs) {
        t->clear();
    }
}

bool ModelPageTabs::switchByKey(const QKeyEvent *event)
{
    const int index = event->key() - Qt::Key_1;
    if (event->modifiers() != Qt::ControlModifier || index < 0 || index >= count()) {
        return false;
    }
    setCurrentIndex(index);
    focusInto(currentWidget());
    return true;
}

} // namespace Quorum::Ui
