// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparedialog.h"
#include "compare/comparetable.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

#include <memory>

namespace Quorum::Test {

constexpr int kCompareTimeoutMs = 30000;

/// Opens a CompareDialog, waits until it has read, and finds what the user looks at.
struct OpenCompareDialog
{
    OpenCompareDialog(const Database &db, qint64 candidateId, qint64 baselineId = 0)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        dialog = std::make_unique<Ui::CompareDialog>(db, candidateId, baselineId);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
        waitLoaded();
        candidate = find<QComboBox>("candidatePicker");
        baseline = find<QComboBox>("baselinePicker");
        summary = find<QLabel>("compareSummary");
        baselineNote = find<QLabel>("baselineNote");
        sections = find<QTabWidget>("compareSections");
        metrics = find<Ui::CompareTable>("metricsTable");
        fairness = find<Ui::CompareTable>("fairnessTable");
        drift = find<Ui::CompareTable>("driftTable");
        card = find<Ui::CompareTable>("cardTable");
    }

    /// Waits for the read under way (if it has not finished yet).
    void waitLoaded()
    {
        if (dialog->isBusy()) {
            QSignalSpy loaded(dialog.get(), &Ui::CompareDialog::loaded);
            REQUIRE(loaded.wait(kCompareTimeoutMs));
        }
        REQUIRE_FALSE(dialog->isBusy());
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }

    /// The text of @p column of every row of @p table, as shown.
    static QStringList column(const Ui::CompareTable *table, int column)
    {
        QStringList texts;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            texts << table->model()->index(row, column).data().toString();
        }
        return texts;
    }

    /// The row of @p table whose first cells are @p first and @p second; -1 when none is.
    static int findRow(const Ui::CompareTable *table, const QString &first, const QString &second)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == first
                && table->model()->index(row, 1).data().toString() == second) {
                return row;
            }
        }
        return -1;
    }

    std::unique_ptr<Ui::CompareDialog> dialog;
    QComboBox *candidate = nullptr;
    QComboBox *baseline = nullptr;
    QLabel *summary = nullptr;
    QLabel *baselineNote = nullptr;
    QTabWidget *sections = nullptr;
    Ui::CompareTable *metrics = nullptr;
    Ui::CompareTable *fairness = nullptr;
    Ui::CompareTable *drift = nullptr;
    Ui::CompareTable *card = nullptr;
};

} // namespace Quorum::Test
