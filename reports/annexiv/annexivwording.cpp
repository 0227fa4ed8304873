// SPDX-License-Identifier: GPL-3.0-or-later
// Titles of the items of Annex IV of Regulation (EU) 2024/1689 and their wording, summarised.
#include "annexivwriter_p.h"

#include <QCoreApplication>

#include <array>

namespace Quorum::Reports::Internal {

namespace {

struct Wording
{
    const char *item;
    const char *title;
    const char *text;
};

// QT_TRANSLATE_NOOP keeps the strings in the translation files; tr() looks them up.
#define WORDING(item, title, text)                                                                 \
    Wording                                                                                        \
    {                                                                                              \
        item, QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", title),                                \
            QT_TRANSLATE_NOOP("Quorum::Reports::AnnexIv", text)                                    \
    }

const std::array kWording{
    WORDING("1", "General description of the AI system", "A general description of the AI system."),
    WORDING("1(a)", "Intended purpose, provider and version",
            "Its intended purpose, the name of the provider and the version of the system "
            "reflecting its relation to previous versions."),
    WORDING("1(b)", "Interaction with other hardware and software",
            "How the AI system interacts with, or can be used to interact with, hardware or "
            "software, including other AI systems, that are not part of the AI system itself, "
            "where applicable."),
    WORDING("1(c)", "Software versions and update requirements",
            "The versions of relevant software or firmware, and any requirements related to "
            "version updates."),
    WORDING("1(d)", "Forms placed on the market or put into service",
            "The description of all the forms in which the AI system is placed on the market or "
            "put into service, such as software packages embedded into hardware, downloads, or "
            "APIs."),
    WORDING("1(e)", "Hardware on which it is intended to run",
            "The description of the hardware on which the AI system is intended to run."),
    WORDING("1(f)", "Product features, marking and internal layout",
            "Where the AI system is a component of products, photographs or illustrations "
            "showing external features, the marking and internal layout of those products."),
    WORDING("1(g)", "User interface provided to the deployer",
            "A basic description of the user-interface provided to the deployer."),
    WORDING("1(h)", "Instructions for use",
            "Instructions for use for the deployer, and a basic description of the "
            "user-interface provided to the deployer, where applicable."),
    WORDING("2", "Elements of the AI system and its development process",
            "A detailed description of the elements of the AI system and of the process for its "
            "development."),
    WORDING("2(a)", "Development methods and steps",
            "The methods and steps performed for the development of the AI system, including, "
            "where relevant, recourse to pre-trained systems or tools provided by third parties "
            "and how those were used, integrated or modified by the provider."),
    WORDING("2(b)", "Design specifications",
            "The design specifications of the system, namely the general logic of the AI system "
            "and of the algorithms; the key design choices including the rationale and "
            "assumptions made, including with regard to persons or groups of persons in respect "
            "of who, the system is intended to be used; the main classification choices; what "
            "the system is designed to optimise for, and the relevance of the different "
            "parameters; the description of the expected output and output quality of the "
            "system; the decisions about any possible trade-off made regarding the technical "
            "solutions adopted to comply with the requirements set out in Chapter III, "
            "Section 2."),
    WORDING("2(c)", "System architecture and computational resources",
            "The description of the system architecture explaining how software components "
            "build on or feed into each other and integrate into the overall processing; the "
            "computational resources used to develop, train, test and validate the AI system."),
    WORDING("2(d)", "Data requirements",
            "Where relevant, the data requirements in terms of datasheets describing the "
            "training methodologies and techniques and the training data sets used, including a "
            "general description of these data sets, information about their provenance, scope "
            "and main characteristics; how the data was obtained and selected; labelling "
            "procedures (e.g. for supervised learning), data cleaning methodologies (e.g. "
            "outliers detection)."),
    WORDING("2(e)", "Human oversight measures",
            "Assessment of the human oversight measures needed in accordance with Article 14, "
            "including an assessment of the technical measures needed to facilitate the "
            "interpretation of the outputs of AI systems by the deployers, in accordance with "
            "Article 13(3), point (d)."),
    WORDING("2(f)", "Pre-determined changes",
            "Where applicable, a detailed description of pre-determined changes to the AI system "
            "and its performance, together with all the relevant information related to the "
            "technical solutions adopted to ensure continuous compliance of the AI system with "
            "the relevant requirements set out in Chapter III, Section 2."),
    WORDING("2(g)", "Validation and testing",
            "The validation and testing procedures used, including information about the "
            "validation and testing data used and their main characteristics; metrics used to "
            "measure accuracy, robustness and compliance with other relevant requirements set "
            "out in Chapter III, Section 2, as well as potentially discriminatory impacts; test "
            "logs and all test reports dated and signed by the responsible persons, including "
            "with regard to pre-determined changes as referred to under point (f)."),
    WORDING("2(h)", "Cybersecurity measures", "Cybersecurity measures put in place."),
    WORDING("3", "Monitoring, functioning and control",
            "Detailed information about the monitoring, functioning and control of the AI "
            "system."),
    WORDING("3(a)", "Capabilities and limitations in performance",
            "Its capabilities and limitations in performance, including the degrees of accuracy "
            "for specific persons or groups of persons on which the system is intended to be "
            "used and the overall expected level of accuracy in relation to its intended "
            "purpose."),
    WORDING("3(b)", "Foreseeable unintended outcomes and sources of risk",
            "The foreseeable unintended outcomes and sources of risks to health and safety, "
            "fundamental rights and discrimination in view of the intended purpose of the AI "
            "system."),
    WORDING("3(c)", "Human oversight measures",
            "The human oversight measures needed in accordance with Article 14, including the "
            "technical measures put in place to facilitate the interpretation of the outputs of "
            "AI systems by the deployers."),
    WORDING("3(d)", "Specifications on input data",
            "Specifications on input data, as appropriate."),
    WORDING("4", "Appropriateness of the performance metrics",
            "A description of the appropriateness of the performance metrics for the specific "
            "AI system."),
    WORDING("5", "Risk management system",
            "A detailed description of the risk management system in accordance with "
            "Article 9."),
    WORDING("6", "Changes through the lifecycle",
            "A description of relevant changes made by the provider to the system through its "
            "lifecycle."),
    WORDING("7", "Harmonised standards applied",
            "A list of the harmonised standards applied in full or in part the references of "
            "which have been published in the Official Journal of the European Union; where no "
            "such harmonised standards have been applied, a detailed description of the "
            "solutions adopted to meet the requirements set out in Chapter III, Section 2, "
            "including a list of other relevant standards and technical specifications "
            "applied."),
    WORDING("8", "EU declaration of conformity",
            "A copy of the EU declaration of conformity referred to in Article 47."),
    WORDING("9", "Post-market monitoring",
            "A detailed description of the system in place to evaluate the AI system performance "
            "in the post-market phase in accordance with Article 72, including the post-market "
            "monitoring plan referred to in Article 72(3)."),
};

#undef WORDING

const Wording *find(QStringView item)
{
    for (const Wording &w : kWording) {
        if (item == QLatin1String(w.item)) {
            return &w;
        }
    }
    return nullptr;
}

} // namespace

QString itemTitle(QStringView item)
{
    const Wording *w = find(item);
    return w ? QCoreApplication::translate("Quorum::Reports::AnnexIv", w->title) : QString();
}

QString itemWording(QStringView item)
{
    const Wording *w = find(item);
    return w ? QCoreApplication::translate("Quorum::Reports::AnnexIv", w->text) : QString();
}

} // namespace Quorum::Reports::Internal
