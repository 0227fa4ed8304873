// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench: reads the command line and shows the main window.
#include "audit/auditarea.h"
#include "crypto/certificateinfo.h"
#include "crypto/cryptoerror.h"
#include "desktop/themecontroller.h"
#include "imports/importdialog.h"
#include "inbox/inboxarea.h"
#include "inbox/signdialog.h"
#include "mainwindow/databasecontroller.h"
#include "mainwindow/mainwindow.h"
#include "modeldetail/modeldetailpage.h"
#include "modeldetail/modelpagetabs.h"
#include "modeldetail/versionstab.h"
#include "settings/signingidentity.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTableView>

#include <cstdio>
#include <optional>

using namespace Quorum;

namespace {

/// The translation context of the workbench's command line.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Workbench)
};

/// The workbench's command-line options.
struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            Text::tr("Open the demo database, building it when missing.")};
    QCommandLineOption showModel{QStringLiteral("show-model"),
                                 Text::tr("Once the database is open, show the model <name>."),
                                 Text::tr("name")};
    QCommandLineOption identity{
        QStringLiteral("identity"),
        Text::tr("Sign with the PKCS#12 key <file> (and remember it); its passphrase is read from "
                 "the QUORUM_PASSPHRASE environment variable to read its certificate."),
        Text::tr("file")};
    QCommandLineOption area{
        QStringLiteral("area"),
        Text::tr("Once the database is open, show the <area>: home, inbox, inventory, drift, "
                 "fairness, reports, audit or settings."),
        Text::tr("area")};
    QCommandLineOption decide{
        QStringLiteral("decide"),
        Text::tr("Once the inbox is read, open the sign dialog for its first request.")};
    QCommandLineOption verdict{
        QStringLiteral("verdict"),
        Text::tr("With --decide, the <verdict> to preselect: approve, approve-with-conditions, "
                 "reject, request-changes or waiver."),
        Text::tr("verdict")};
    QCommandLineOption verify{QStringLiteral("verify"),
                              Text::tr("Once the database is open, verify its audit trail.")};
    QCommandLineOption modelTab{
        QStringLiteral("model-tab"),
        Text::tr("With --show-model, the <tab> to show: overview, versions, model-card, "
                 "evaluation, fairness, drift, approvals, lineage or audit."),
        Text::tr("tab")};
    QCommandLineOption compare{
        QStringLiteral("compare"),
        Text::tr("With --show-model, compare the model's newest version with the version in "
                 "production.")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             Text::tr("Use the <theme>: auto, light or dark (and remember it)."),
                             Text::tr("theme")};
    QCommandLineOption importSource{
        QStringLiteral("import"),
        Text::tr("Once the database is open, open File → Import… on <source> and preview it."),
        Text::tr("source")};
    QCommandLineOption importKind{
        QStringLiteral("import-kind"),
        Text::tr("With --import, the <kind> of source: mlflow, model-card, hf-card, evidently or "
                 "evaluation (the default)."),
        Text::tr("kind")};
    QCommandLineOption importTarget{
        QStringLiteral("import-target"),
        Text::tr("With --import, the version the evidence is for, as <model@version>."),
        Text::tr("model@version")};
};

std::optional<Ui::ThemeChoice> themeFromKey(const QString &key)
{
    const std::pair<const char *, Ui::ThemeChoice> themes[] = {{"auto", Ui::ThemeChoice::Auto},
                                                               {"light", Ui::ThemeChoice::Light},
                                                               {"dark", Ui::ThemeChoice::Dark}};
    for (const auto &[name, choice] : themes) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return choice;
        }
    }
    return std::nullopt;
}

std::optional<Ui::ModelPageTab> modelTabFromKey(const QString &key)
{
    const std::pair<const char *, Ui::ModelPageTab> tabs[] = {
        {"overview", Ui::ModelPageTab::Overview},    {"versions", Ui::ModelPageTab::Versions},
        {"model-card", Ui::ModelPageTab::ModelCard}, {"evaluation", Ui::ModelPageTab::Evaluation},
        {"fairness", Ui::ModelPageTab::Fairness},    {"drift", Ui::ModelPageTab::Drift},
        {"approvals", Ui::ModelPageTab::Approvals},  {"lineage", Ui::ModelPageTab::Lineage},
        {"audit", Ui::ModelPageTab::Audit}};
    for (const auto &[name, tab] : tabs) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
            return tab;
        }
    }
    return std::nullopt;
}

/// --show-model NAME [--model-tab TAB] [--compare]: once the database is open, shows the model,
/// then the tab, or a compare of its newest version with production. False (with a message on
/// stderr) for an unknown tab.
bool showModelOnceOpen(Ui::MainWindow &window, const QCommandLineParser &parser,
                       const Options &options)
{
    std::optional<Ui::ModelPageTab> tab;
    if (parser.isSet(options.modelTab)) {
        tab = modelTabFromKey(parser.value(options.modelTab));
        if (!tab) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("Unknown tab '%1'.").arg(parser.value(options.modelTab))));
            return false;
        }
    }
    const bool compare = parser.isSet(options.compare);
    const QString name = parser.value(options.showModel);
    QObject::connect(
        window.databaseController(), &Ui::DatabaseController::opened, &window,
        [&window, name] { window.showModel(name); }, Qt::SingleShotConnection);
    Ui::ModelDetailPage *page = window.modelDetailPage();
    QObject::connect(
        page, &Ui::ModelDetailPage::modelShown, page,
        [page, tab, compare] {
            if (tab) {
                page->tabs()->showTab(*tab);
            }
            if (compare) {
                page->tabs()->showTab(Ui::ModelPageTab::Versions);
                Ui::VersionsTab *versions = page->tabs()->versions();
                versions->table()->selectRow(0);
                versions->compare();
            }
        },
        Qt::SingleShotConnection);
    return true;
}

std::optional<Ui::Area> areaFromKey(const QString &key)
{
    for (const Ui::Area area : Ui::kAllAreas) {
        if (Ui::areaKey(area).compare(key, Qt::CaseInsensitive) == 0) {
            return area;
        }
    }
    return std::nullopt;
}

/// Uses @p p12Path as the signing identity; its certificate is read with the passphrase in
/// QUORUM_PASSPHRASE. False (with a message on stderr) when it cannot be read.
bool useIdentity(Ui::MainWindow &window, const QString &p12Path)
{
    const QString passphrase = qEnvironmentVariable("QUORUM_PASSPHRASE");
    if (passphrase.isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(Text::tr("--identity needs the key file's passphrase in the "
                                         "QUORUM_PASSPHRASE environment variable.")));
        return false;
    }
    try {
        const CertificateInfo certificate = Crypto::readCertificate(p12Path, passphrase);
        window.signingIdentity()->setKey(QFileInfo(p12Path).absoluteFilePath(), certificate);
        return true;
    } catch (const CryptoError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
}

/// A source to preview in File → Import… (--import).
struct ImportStartup
{
    ImportKind kind = ImportKind::Evaluation;
    QString path;
    std::optional<VersionKey> target;
};

/// What to do once the database is open.
struct Startup
{
    std::optional<Ui::Area> area;
    bool decide = false;
    std::optional<Verdict> verdict;
    bool verify = false;
    std::optional<ImportStartup> importSource;
};

/// Reads --import, --import-kind and --import-target into @p startup; false (with a message
/// on stderr) when a value is not understood.
bool parseImport(const QCommandLineParser &parser, const Options &options, Startup &startup)
{
    if (!parser.isSet(options.importSource)) {
        return true;
    }
    ImportStartup request{ImportKind::Evaluation, parser.value(options.importSource), std::nullopt};
    if (parser.isSet(options.importKind)) {
        const std::optional<ImportKind> kind = importKindFromKey(parser.value(options.importKind));
        if (!kind) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(Text::tr("Unknown kind of import '%1'.")
                                        .arg(parser.value(options.importKind))));
            return false;
        }
        request.kind = *kind;
    }
    if (parser.isSet(options.importTarget)) {
        const QString target = parser.value(options.importTarget);
        const qsizetype at = target.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || at == target.size() - 1) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("--import-target takes model@version, not '%1'.").arg(target)));
            return false;
        }
        request.target = VersionKey{target.left(at), target.mid(at + 1)};
    }
    startup.importSource = request;
    return true;
}

/// Reads --area, --decide, --verdict, --verify and --import…; nullopt (with a message on stderr)
/// when a value is unknown.
std::optional<Startup> parseStartup(const QCommandLineParser &parser, const Options &options)
{
    Startup startup{std::nullopt, parser.isSet(options.decide), std::nullopt,
                    parser.isSet(options.verify), std::nullopt};
    if (parser.isSet(options.verdict)) {
        startup.verdict = verdictFromKey(parser.value(options.verdict));
        if (!startup.verdict) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("Unknown verdict '%1'.").arg(parser.value(options.verdict))));
            return std::nullopt;
        }
    }
    if (parser.isSet(options.area)) {
        startup.area = areaFromKey(parser.value(options.area));
        if (!startup.area) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("Unknown area '%1'.").arg(parser.value(options.area))));
            return std::nullopt;
        }
    }
    if (!parseImport(parser, options, startup)) {
        return std::nullopt;
    }
    return startup;
}

/// Once the database is open: shows the area, opens the sign dialog, runs the verification,
/// previews an import.
void afterOpening(Ui::MainWindow &window, const Startup &startup)
{
    QObject::connect(
        window.databaseController(), &Ui::DatabaseController::opened, &window,
        [&window, startup] {
            if (startup.area) {
                window.showArea(*startup.area);
            }
            if (startup.verify) {
                window.showArea(Ui::Area::Audit);
                QObject::connect(
                    window.auditArea(), &Ui::AuditArea::loaded, window.auditArea(),
                    [&window] { window.auditArea()->verify(); }, Qt::SingleShotConnection);
            }
            if (startup.decide) {
                window.showArea(Ui::Area::Inbox);
                QObject::connect(
                    window.inboxArea(), &Ui::InboxArea::loaded, window.inboxArea(),
                    [&window, verdict = startup.verdict] {
                        Ui::SignDialog *dialog = window.inboxArea()->decide();
                        if (dialog && verdict) {
                            dialog->setVerdict(*verdict);
                        }
                    },
                    Qt::SingleShotConnection);
            }
            if (const auto &request = startup.importSource) {
                if (Ui::ImportDialog *dialog = window.openImportDialog()) {
                    dialog->setSource(request->kind, request->path, request->target);
                    dialog->preview();
                }
            }
        },
        Qt::SingleShotConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(requestedLanguage(QApplication::arguments()));
    QApplication::setDesktopFileName(QStringLiteral("io.github.quorum.Quorum"));
    QApplication::setOrganizationName(QStringLiteral("Quorum"));
    QApplication::setApplicationName(QStringLiteral("Quorum"));
    QApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quorum.svg")));
    Ui::ThemeController theme; // before any widget takes the palette
    theme.apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Quorum, the AI-model governance workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(languageOption());
    parser.addPositionalArgument(QStringLiteral("database"),
                                 Text::tr("The governance database (.sqlite) to open."),
                                 QStringLiteral("[database]"));
    const Options options;
    parser.addOptions({options.demo, options.showModel, options.modelTab, options.compare,
                       options.theme, options.identity, options.area, options.decide,
                       options.verdict, options.verify, options.importSource, options.importKind,
                       options.importTarget});
    parser.process(app);

    if (parser.isSet(options.theme)) {
        const std::optional<Ui::ThemeChoice> choice = themeFromKey(parser.value(options.theme));
        if (!choice) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(Text::tr("Unknown theme '%1'.").arg(parser.value(options.theme))));
            return 2;
        }
        theme.setChoice(*choice);
    }
    Ui::MainWindow window;
    window.setThemeController(&theme);
    const std::optional<Startup> startup = parseStartup(parser, options);
    if (!startup) {
        return 2;
    }
    if (parser.isSet(options.identity) && !useIdentity(window, parser.value(options.identity))) {
        return 2;
    }
    if (parser.isSet(options.showModel) && !showModelOnceOpen(window, parser, options)) {
        return 2;
    }
    afterOpening(window, *startup);
    window.show();

    if (parser.isSet(options.demo)) {
        window.openDemoDatabase();
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openDatabase(parser.positionalArguments().constFirst());
    }
    return QApplication::exec();
}
