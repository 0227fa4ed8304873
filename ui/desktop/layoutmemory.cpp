// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutmemory.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>

#include <functional>

namespace Quorum::Ui {

namespace {

const QString kSplitters = QStringLiteral("splitters");
const QString kHeaders = QStringLiteral("headers");
const QString kTabs = QStringLiteral("tabs");

/// The key of @p header: its own path, or its view's path and "header" when unnamed.
QString headerKey(const QHeaderView *header, const QWidget *root)
{
    if (!header->objectName().isEmpty()) {
        return LayoutMemory::keyOf(header, root);
    }
    const auto *view = qobject_cast<const QAbstractItemView *>(header->parentWidget());
    const QString viewKey = view ? LayoutMemory::keyOf(view, root) : QString();
    return viewKey.isEmpty() ? QString() : viewKey + QStringLiteral("/header");
}

/// The widgets of type T below @p root by key, leaving out unnamed ones and ambiguous keys.
template<typename T>
QHash<QString, T *> byKey(const QWidget *root, const std::function<QString(const T *)> &keyOf)
{
    QHash<QString, T *> found;
    QStringList ambiguous;
    const QList<T *> widgets = root->findChildren<T *>();
    for (T *widget : widgets) {
        const QString key = keyOf(widget);
        if (key.isEmpty()) {
            continue;
        }
        if (found.contains(key)) {
            ambiguous.append(key);
        }
        found.insert(key, widget);
    }
    for (const QString &key : std::as_const(ambiguous)) {
        found.remove(key);
    }
    return found;
}

QHash<QString, QSplitter *> splitters(const QWidget *root)
{
    return byKey<QSplitter>(root,
                            [root](const QSplitter *s) { return LayoutMemory::keyOf(s, root); });
}

QHash<QString, QHeaderView *> headers(const QWidget *root)
{
    return byKey<QHeaderView>(root, [root](const QHeaderView *h) {
        return h->orientation() == Qt::Horizontal ? headerKey(h, root) : QString();
    });
}

QHash<QString, QTabWidget *> tabWidgets(const QWidget *root)
{
    return byKey<QTabWidget>(root,
                             [root](const QTabWidget *t) { return LayoutMemory::keyOf(t, root); });
}

} // namespace

LayoutMemory::LayoutMemory(QString group)
    : m_group(std::move(group))
{}

QString LayoutMemory::keyOf(const QWidget *widget, const QWidget *root)
{
    if (!widget || widget->objectName().isEmpty()) {
        return {};
    }
    QStringList names;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            names.prepend(w->objectName());
        }
    }
    return names.join(QLatin1Char('/'));
}

void LayoutMemory::save(const QWidget *root) const
{
    QSettings settings;
    settings.remove(m_group); // forget widgets that are gone
    settings.beginGroup(m_group);
    const auto splitterMap = splitters(root);
    for (auto it = splitterMap.cbegin(); it != splitterMap.cend(); ++it) {
        settings.setValue(kSplitters + QLatin1Char('/') + it.key(), it.value()->saveState());
    }
    const auto headerMap = headers(root);
    for (auto it = headerMap.cbegin(); it != headerMap.cend(); ++it) {
        settings.setValue(kHeaders + QLatin1Char('/') + it.key(), it.value()->saveState());
    }
    const auto tabMap = tabWidgets(root);
    for (auto it = tabMap.cbegin(); it != tabMap.cend(); ++it) {
        settings.setValue(kTabs + QLatin1Char('/') + it.key(), it.value()->currentIndex());
    }
    settings.endGroup();
}

int LayoutMemory::restore(QWidget *root) const
{
    QSettings settings;
    settings.beginGroup(m_group);
    int restored = 0;
    const auto splitterMap = splitters(root);
    for (auto it = splitterMap.cbegin(); it != splitterMap.cend(); ++it) {
        const QByteArray state
            = settings.value(kSplitters + QLatin1Char('/') + it.key()).toByteArray();
        restored += !state.isEmpty() && it.value()->restoreState(state) ? 1 : 0;
    }
    const auto headerMap = headers(root);
    for (auto it = headerMap.cbegin(); it != headerMap.cend(); ++it) {
        const QByteArray state
            = settings.value(kHeaders + QLatin1Char('/') + it.key()).toByteArray();
        restored += !state.isEmpty() && it.value()->restoreState(state) ? 1 : 0;
    }
    const auto tabMap = tabWidgets(root);
    for (auto it = tabMap.cbegin(); it != tabMap.cend(); ++it) {
        bool ok = false;
        const int index = settings.value(kTabs + QLatin1Char('/') + it.key()).toInt(&ok);
        if (ok && index >= 0 && index < it.value()->count()) {
            it.value()->setCurrentIndex(index);
            ++restored;
        }
    }
    settings.endGroup();
    return restored;
}

} // namespace Quorum::Ui
