// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparerevisionsdialog.h"

#include "modelcard/diffcolors.h"
#include "modelcards/linealignment.h"
#include "modelcards/modelcarddiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Quorum::Ui {

namespace {

QPlainTextEdit *sideView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTabChangesFocus(true);
    return view;
}

/// Tints the lines of @p view whose rows are not Same, in the colour of the row's kind.
void highlight(QPlainTextEdit *view, const std::vector<AlignedLine> &rows, const DiffColors &colors)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextBlock block = view->document()->firstBlock();
    for (const AlignedLine &row : rows) {
        if (row.kind != AlignedLine::Kind::Same && block.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selection.format.setBackground(row.kind == AlignedLine::Kind::Changed ? colors.changed
                                               : row.kind == AlignedLine::Kind::Added
                                               ? colors.added
                                               : colors.removed);
            selections.append(selection);
        }
        block = block.next();
    }
    view->setExtraSelections(selections);
}

QString kindLabel(ModelCardFieldChange::Kind kind)
{
    switch (kind) {
    case ModelCardFieldChange::Kind::Added:
        return CompareRevisionsDialog::tr("Added");
    case ModelCardFieldChange::Kind::Removed:
        return CompareRevisionsDialog::tr("Removed");
    case ModelCardFieldChange::Kind::Changed:
        break;
    }
    return CompareRevisionsDialog::tr("Changed");
}

} // namespace

CompareRevisionsDialog::CompareRevisionsDialog(const QString &cardTitle,
                                               std::vector<CardRevision> revisions, QWidget *parent)
    : QDialog(parent)
    , m_revisions(std::move(revisions))
{
    setObjectName(QStringLiteral("compareRevisionsDialog"));
    setWindowTitle(tr("Compare revisions — %1").arg(cardTitle));
    m_from = createChooser(QStringLiteral("fromRevision"), tr("Older revision"));
    m_to = createChooser(QStringLiteral("toRevision"), tr("Newer revision"));
    m_left = sideView(QStringLiteral("leftRevisionText"), tr("Older revision's JSON"));
    m_right = sideView(QStringLiteral("rightRevisionText"), tr("Newer revision's JSON"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_fields = new QTreeWidget;
    m_fields->setObjectName(QStringLiteral("changedFields"));
    m_fields->setAccessibleName(tr("Changed fields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Change"), tr("Before"), tr("After")});
    m_fields->setRootIsDecorated(false);
    m_fields->setAlternatingRowColors(true);
    m_fields->setUniformRowHeights(true);

    auto *sides = new QSplitter(Qt::Horizontal);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(sides);
    split->addWidget(m_fields);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createChoosersRow());
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    syncScrolling();
    resize(1100, 720);

    const int count = static_cast<int>(m_revisions.size());
    if (count > 0) {
        compare(m_revisions[size_t(count > 1 ? 1 : 0)].card.revision,
                m_revisions.front().card.revision);
    }
    connect(m_from, &QComboBox::currentIndexChanged, this, &CompareRevisionsDialog::showComparison);
    connect(m_to, &QComboBox::currentIndexChanged, this, &CompareRevisionsDialog::showComparison);
}

QComboBox *CompareRevisionsDialog::createChooser(const QString &objectName,
                                                 const QString &accessibleName)
{
    auto *chooser = new QComboBox;
    chooser->setObjectName(objectName);
    chooser->setAccessibleName(accessibleName);
    for (const CardRevision &r : m_revisions) {
        const QString when
            = QLocale().toString(r.card.createdAt.toLocalTime(), QLocale::ShortFormat);
        chooser->addItem(
            r.authorName.isEmpty()
                ? tr("Revision %1 — %2").arg(r.card.revision).arg(when)
                : tr("Revision %1 — %2, %3").arg(r.card.revision).arg(r.authorName, when),
            r.card.revision);
    }
    return chooser;
}

QHBoxLayout *CompareRevisionsDialog::createChoosersRow()
{
    auto *row = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(m_to);
    row->addWidget(fromLabel);
    row->addWidget(m_from, 1);
    row->addSpacing(16);
    row->addWidget(toLabel);
    row->addWidget(m_to, 1);
    return row;
}

void CompareRevisionsDialog::compare(int from, int to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showComparison();
}

void CompareRevisionsDialog::showComparison()
{
    const auto contentOf = [this](const QComboBox *chooser) {
        const int revision = chooser->currentData().toInt();
        for (const CardRevision &r : m_revisions) {
            if (r.card.revision == revision) {
                return r.card.contentJson;
            }
        }
        return QString();
    };
    const QString before = contentOf(m_from);
    const QString after = contentOf(m_to);
    const std::vector<AlignedLine> rows = alignModelCards(before, after);
    QStringList left;
    QStringList right;
    for (const AlignedLine &row : rows) {
        left << row.left;
        right << row.right;
    }
    m_left->setPlainText(left.join(QLatin1Char('\n')));
    m_right->setPlainText(right.join(QLatin1Char('\n')));
    const DiffColors colors = diffColors(palette());
    highlight(m_left, rows, colors);
    highlight(m_right, rows, colors);
    fillFields(before, after);
}

void CompareRevisionsDialog::fillFields(const QString &before, const QString &after)
{
    const std::vector<ModelCardFieldChange> changes = diffModelCards(before, after);
    m_fields->clear();
    for (const ModelCardFieldChange &change : changes) {
        auto *item = new QTreeWidgetItem(
            m_fields, {change.path, kindLabel(change.kind), change.before, change.after});
        for (int column : {2, 3}) {
            item->setToolTip(column, item->text(column));
        }
    }
    m_fields->resizeColumnToContents(0);
    const int count = static_cast<int>(changes.size());
    m_summary->setText(count == 0 ? tr("The two revisions have the same content.")
                                  : tr("%n field(s) differ.", nullptr, count));
}

void CompareRevisionsDialog::syncScrolling()
{
    for (const auto &[a, b] : {std::pair{m_left, m_right}, std::pair{m_right, m_left}}) {
        connect(a->verticalScrollBar(), &QScrollBar::valueChanged, b->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(a->horizontalScrollBar(), &QScrollBar::valueChanged, b->horizontalScrollBar(),
                &QScrollBar::setValue);
    }
}

} // namespace Quorum::Ui
