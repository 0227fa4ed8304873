// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelcard/comparerevisionsdialog.h"
#include "modelcard/diffcolors.h"
#include "modelcard/modelcardeditor.h"
#include "modelcard/modelcardtab.h"
#include "modelcards/modelcardservice.h"
#include "reports/reportpreview.h"
#include "settings/signingidentity.h"
#include "storage/modelcardrepository.h"
#include "storage/modelrepository.h"
#include "testkeys.h"
#include "uidemo.h"
#include "uigovernance.h"
#include "uitestdata.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

#include <catch2/catch_test_macros.hpp>

#include <cmath>

using namespace Quorum;

namespace {

constexpr int kTimeoutMs = 30000;

QString card(const QString &overview)
{
    return QStringLiteral(R"({"schema_version":"0.0.2","model_details":{"name":"Credit risk",)"
                          R"("overview":"%1","version":{"name":"1.0.0"}},)"
                          R"("considerations":{"limitations":[{"description":"Retail only"}]}})")
        .arg(overview);
}

/// The Model card tab on the governance database, whose model "credit-risk" is owned by
/// "owner"; @p overviews are saved as its card's revisions, oldest first.
struct TabFixture
{
    explicit TabFixture(const QStringList &overviews = {})
    {
        Test::resetUiSettings();
        for (const QString &overview : overviews) {
            ModelCardService(gov.db()).saveRevision(gov.versionId(), card(overview),
                                                    gov.person(QStringLiteral("owner")));
        }
        identity.setDatabaseSource(gov.source());
        tab.setDatabaseSource(gov.source());
        tab.setSigningIdentity(&identity);
        tab.show();
        refresh();
    }
    ~TabFixture() { Test::resetUiSettings(); }

    /// Hands the tab the model again, as the page does after every refresh, and waits.
    void refresh()
    {
        QSignalSpy shown(&tab, &Ui::ModelCardTab::cardShown);
        tab.showModel(*readModelDetails(gov.db(), gov.modelId()));
        REQUIRE(shown.wait(kTimeoutMs));
    }

    void actAs(const QString &handle)
    {
        const Test::TestKey key = Test::testKey(handle);
        identity.setKey(key.p12Path, key.certificate);
        REQUIRE(QTest::qWaitFor(
            [this] { return identity.status() != Ui::SigningIdentity::Status::Resolving; },
            kTimeoutMs));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *found = tab.findChild<T *>(name);
        REQUIRE(found);
        return found;
    }

    QString previewText() const
    {
        return find<Ui::ReportPreview>(QStringLiteral("cardPreview"))->toPlainText();
    }

    Test::UiGovernance gov;
    Ui::SigningIdentity identity;
    Ui::ModelCardTab tab;
};

} // namespace

TEST_CASE("the tab shows the latest revision of a demo card, production version first",
          "[ui][modelcard]")
{
    Test::UiDemo demo;
    const qint64 modelId = ModelRepository(demo.db()).byName(QStringLiteral("fraud-detection"))->id;
    const ModelDetails details = *readModelDetails(demo.db(), modelId);
    const ModelVersion *production = details.productionVersion();
    REQUIRE(production);
    const std::vector<ModelCard> stored = ModelCardRepository(demo.db()).revisions(production->id);
    REQUIRE(stored.size() >= 2); // the demo adds a drift note to this card in a second revision

    Ui::ModelCardTab tab;
    tab.setDatabaseSource(demo.source());
    QSignalSpy shown(&tab, &Ui::ModelCardTab::cardShown);
    tab.showModel(details);
    REQUIRE(shown.wait(kTimeoutMs));

    auto *versions = tab.findChild<QComboBox *>(QStringLiteral("cardVersionChooser"));
    CHECK(versions->currentIndex() == 0);
    CHECK(versions->currentText()
          == QStringLiteral("%1 — Production").arg(production->version.toString()));
    auto *revisions = tab.findChild<QTreeWidget *>(QStringLiteral("cardRevisions"));
    REQUIRE(revisions->topLevelItemCount() == int(stored.size()));
    CHECK(revisions->currentItem() == revisions->topLevelItem(0));
    CHECK(revisions->topLevelItem(0)->text(0) == QString::number(stored.front().revision));
    CHECK(tab.shownRevision() == stored.front().revision);

    // The newest limitation exists only in the latest revision; the rendered card shows it.
    const QJsonArray limitations = QJsonDocument::fromJson(stored.front().contentJson.toUtf8())
                                       .object()[QStringLiteral("considerations")]
                                       .toObject()[QStringLiteral("limitations")]
                                       .toArray();
    const QString note = limitations.last().toObject()[QStringLiteral("description")].toString();
    const QString text
        = tab.findChild<Ui::ReportPreview *>(QStringLiteral("cardPreview"))->toPlainText();
    CHECK(text.contains(note.left(40)));
}

TEST_CASE_METHOD(TabFixture, "a version without a card says so", "[ui][modelcard]")
{
    CHECK(previewText().contains(QStringLiteral("This version has no model card yet.")));
    CHECK(find<QTreeWidget>(QStringLiteral("cardRevisions"))->topLevelItemCount() == 0);
    CHECK_FALSE(find<QPushButton>(QStringLiteral("compareRevisionsButton"))->isEnabled());
}

TEST_CASE("someone who does not own the model sees Edit disabled with the reason",
          "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("Scores loans")});
    auto *edit = f.find<QPushButton>(QStringLiteral("editCardButton"));
    CHECK_FALSE(edit->isEnabled());
    CHECK(edit->toolTip().contains(QStringLiteral("choose your signing identity")));
    f.actAs(QStringLiteral("reviewer1"));
    CHECK_FALSE(edit->isEnabled());
    CHECK(edit->toolTip()
          == QStringLiteral("Only the model's owner, Test owner, edits the card of credit-risk; "
                            "Test reviewer1 does not own it."));
    CHECK(f.tab.editCard() == nullptr);
    f.actAs(QStringLiteral("owner"));
    CHECK(edit->isEnabled());
    CHECK(edit->toolTip().endsWith(QStringLiteral("(Ctrl+E)")));
}

TEST_CASE("the owner edits the overview and saves: the next revision is listed and shown",
          "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("Scores loans")});
    f.actAs(QStringLiteral("owner"));
    Ui::ModelCardEditor *editor = f.tab.editCard();
    REQUIRE(editor);
    auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveCardButton"));
    CHECK_FALSE(save->isEnabled()); // nothing changed yet
    auto *overview = editor->findChild<QPlainTextEdit *>(QStringLiteral("cardOverview"));
    overview->selectAll();
    QTest::keyClicks(overview, QStringLiteral("Scores retail loan applications"));
    REQUIRE(save->isEnabled());

    QSignalSpy changed(&f.tab, &Ui::ModelTab::changed);
    QSignalSpy shown(&f.tab, &Ui::ModelCardTab::cardShown);
    QApplication::setActiveWindow(editor); // a window shortcut needs its window active
    REQUIRE(QApplication::activeWindow() == editor);
    QTest::keyClick(overview, Qt::Key_S, Qt::ControlModifier);
    REQUIRE(shown.wait(kTimeoutMs));
    CHECK(changed.count() == 1);

    auto *revisions = f.find<QTreeWidget>(QStringLiteral("cardRevisions"));
    REQUIRE(revisions->topLevelItemCount() == 2);
    CHECK(revisions->topLevelItem(0)->text(0) == QStringLiteral("2"));
    CHECK(revisions->topLevelItem(0)->text(1) == QStringLiteral("Test owner"));
    CHECK(f.tab.shownRevision() == 2);
    CHECK(f.previewText().contains(QStringLiteral("Scores retail loan applications")));
    const std::optional<ModelCard> latest
        = ModelCardRepository(f.gov.db()).latest(f.gov.versionId());
    REQUIRE(latest);
    CHECK(latest->revision == 2);
    CHECK(latest->authorId == f.gov.person(QStringLiteral("owner")).id);
}

TEST_CASE("invalid JSON in the editor disables Save and names line and column", "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("Scores loans")});
    f.actAs(QStringLiteral("owner"));
    Ui::ModelCardEditor *editor = f.tab.editCard();
    REQUIRE(editor);
    auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("editorTabs"));
    tabs->setCurrentIndex(1);
    auto *json = editor->findChild<QPlainTextEdit *>(QStringLiteral("cardJson"));
    CHECK(json->toPlainText().contains(QStringLiteral("\"overview\": \"Scores loans\"")));
    json->setPlainText(QStringLiteral("{\n  \"model_details\": \n}"));
    CHECK_FALSE(editor->findChild<QPushButton *>(QStringLiteral("saveCardButton"))->isEnabled());
    CHECK_FALSE(tabs->isTabEnabled(0));
    CHECK(editor->findChild<QLabel *>(QStringLiteral("editorMessage"))
              ->text()
              .contains(QStringLiteral("line 3, column ")));

    json->setPlainText(card(QStringLiteral("Scores loans and leases")));
    CHECK(editor->findChild<QPushButton *>(QStringLiteral("saveCardButton"))->isEnabled());
    tabs->setCurrentIndex(0); // the form takes the document's overview
    CHECK(editor->findChild<QPlainTextEdit *>(QStringLiteral("cardOverview"))->toPlainText()
          == QStringLiteral("Scores loans and leases"));
}

TEST_CASE("closing the editor with unsaved changes asks before discarding them", "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("Scores loans")});
    f.actAs(QStringLiteral("owner"));
    Ui::ModelCardEditor *editor = f.tab.editCard();
    REQUIRE(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("cardLicence")),
                     QStringLiteral("MIT"));
    editor->reject();
    CHECK(editor->isVisible());
    auto *question = editor->findChild<QMessageBox *>(QStringLiteral("discardChangesQuestion"));
    REQUIRE(question);
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    CHECK_FALSE(editor->isVisible());
    CHECK(ModelCardRepository(f.gov.db()).revisions(f.gov.versionId()).size() == 1);
}

TEST_CASE("the diff view highlights the changed overview line and lists the field",
          "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("Scores loans"), QStringLiteral("Scores loans and leases")});
    CHECK(f.find<QPushButton>(QStringLiteral("compareRevisionsButton"))->isEnabled());
    Ui::CompareRevisionsDialog *dialog = f.tab.compareRevisions();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("fromRevision"))->currentData() == 1);
    CHECK(dialog->findChild<QComboBox *>(QStringLiteral("toRevision"))->currentData() == 2);

    auto *right = dialog->findChild<QPlainTextEdit *>(QStringLiteral("rightRevisionText"));
    const QColor changed = Ui::diffColors(right->palette()).changed;
    QStringList tinted;
    for (const QTextEdit::ExtraSelection &s : right->extraSelections()) {
        CHECK(s.format.background().color() == changed);
        tinted << s.cursor.block().text().trimmed();
    }
    CHECK(tinted == QStringList{QStringLiteral("\"overview\": \"Scores loans and leases\",")});
    auto *left = dialog->findChild<QPlainTextEdit *>(QStringLiteral("leftRevisionText"));
    CHECK(left->document()->blockCount() == right->document()->blockCount());

    auto *fields = dialog->findChild<QTreeWidget *>(QStringLiteral("changedFields"));
    REQUIRE(fields->topLevelItemCount() == 1);
    CHECK(fields->topLevelItem(0)->text(0) == QStringLiteral("model_details.overview"));
    CHECK(fields->topLevelItem(0)->text(2) == QStringLiteral("Scores loans"));
    CHECK(fields->topLevelItem(0)->text(3) == QStringLiteral("Scores loans and leases"));
    dialog->close();
}

TEST_CASE("the chosen revision stays when the page hands the model again", "[ui][modelcard]")
{
    TabFixture f({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    auto *revisions = f.find<QTreeWidget>(QStringLiteral("cardRevisions"));
    QSignalSpy shown(&f.tab, &Ui::ModelCardTab::cardShown);
    revisions->setCurrentItem(revisions->topLevelItem(2)); // revision 1
    REQUIRE(shown.wait(kTimeoutMs));
    CHECK(f.tab.shownRevision() == 1);
    CHECK(f.previewText().contains(QStringLiteral("One")));
    f.refresh();
    CHECK(f.tab.shownRevision() == 1);
    CHECK(revisions->currentItem()->text(0) == QStringLiteral("1"));
}

TEST_CASE("diff tints keep the palette's text readable in light and dark mode", "[ui][modelcard]")
{
    // WCAG contrast of the text on each tint; 4.5:1 is the minimum for body text.
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (const auto &[base, text] : {std::pair{QColor(255, 255, 255), QColor(0, 0, 0)},
                                     std::pair{QColor(30, 30, 30), QColor(220, 220, 220)}}) {
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Text, text);
        const Ui::DiffColors colors = Ui::diffColors(palette);
        for (const QColor &tint : {colors.changed, colors.added, colors.removed}) {
            CHECK(tint != base);
            CHECK(contrast(tint, text) >= 4.5);
        }
    }
}
