// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandfunctions.h"
#include "analysis/plananalysis.h"
#include "commandline.h"
#include "console.h"
#include "planinput.h"
#include "report/reportbuilder.h"
#include "schedule/montecarlo.h"
#include "verdicterrors.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QApplication>

namespace cutover::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int cmdReport(const QStringList &args, Console &console)
{
    using namespace cutover::report;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the stakeholder report of a plan as a PDF: cover, executive summary with the verdict, timeline, "
           "runbook, rollback plan and criteria, monitoring, simulation, readiness and hypercare.\n"
           "The PDF is written to a temporary file beside OUT and renamed when complete, so a failed run "
           "never leaves a half-written report."));
    parser.addPositionalArgument(QStringLiteral("PLAN"), tr("The plan (.cutover or .json)."));
    const QCommandLineOption outputOption({ QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), tr("A4 (default) or Letter."), QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption orientationOption(QStringLiteral("orientation"), tr("landscape (default) or portrait."), QStringLiteral("O"),
                                               QStringLiteral("landscape"));
    const QCommandLineOption sectionsOption(QStringLiteral("sections"),
                                            tr("Comma-separated sections to include (default all): %1.").arg(SectionNames::idList()),
                                            QStringLiteral("LIST"), QStringLiteral("all"));
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"), tr("Monte Carlo iterations (default 10000)."), QStringLiteral("N"),
                                              QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (default 1); the same seed gives the same numbers."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({ outputOption, pageSizeOption, orientationOption, sectionsOption, iterationsOption, seedOption });
    if (const auto exit = parseCommandLine(parser, args, console,
                                           QStringLiteral("report PLAN -o OUT.pdf [--page-size A4|Letter] [--sections LIST] [--iterations N] [--seed S]"),
                                           1, 1))
        return *exit;

    ReportOptions options;
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        console.error(tr("report: missing -o OUT.pdf"));
        return ExitUsage;
    }
    if (!output.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        console.error(tr("%1: the report is written as PDF; the output name must end in .pdf").arg(output));
        return ExitUsage;
    }
    const QString size = parser.value(pageSizeOption).trimmed();
    if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::A4;
    else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        options.pageSize = QPageSize::Letter;
    else {
        console.error(tr("--page-size: \"%1\" is not a page size (expected A4 or Letter)").arg(size));
        return ExitUsage;
    }
    const QString orientation = parser.value(orientationOption).trimmed().toLower();
    if (orientation == QLatin1String("landscape"))
        options.orientation = QPageLayout::Landscape;
    else if (orientation == QLatin1String("portrait"))
        options.orientation = QPageLayout::Portrait;
    else {
        console.error(tr("--orientation: \"%1\" is not an orientation (expected landscape or portrait)").arg(parser.value(orientationOption)));
        return ExitUsage;
    }
    const auto sections = SectionNames::parse(parser.value(sectionsOption));
    if (!sections) {
        console.error(QStringLiteral("--sections: ") + sections.error().message);
        return ExitUsage;
    }
    options.sections = sections.value();
    bool ok = false;
    options.iterations = parser.value(iterationsOption).toInt(&ok);
    if (!ok || options.iterations < 1 || options.iterations > MonteCarlo::kMaxIterations) {
        console.error(tr("--iterations: \"%1\" is not a whole number from 1 to %2").arg(parser.value(iterationsOption)).arg(MonteCarlo::kMaxIterations));
        return ExitUsage;
    }
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        console.error(tr("--seed: \"%1\" is not a non-negative whole number").arg(parser.value(seedOption)));
        return ExitUsage;
    }

    const QString planPath = parser.positionalArguments().at(0);
    if (QFileInfo(planPath).canonicalFilePath() == QFileInfo(output).canonicalFilePath() && QFileInfo::exists(output)) {
        console.error(tr("%1: the report would overwrite the plan; choose another output file").arg(output));
        return ExitUsage;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        console.error(tr("report: painting needs a QApplication (run the cutover-planner executable)"));
        return ExitUsage;
    }
    const auto plan = readPlan(planPath, console);
    if (!plan) {
        console.error(plan.error());
        return ExitUsage;
    }
    // The guardrail: errors that withhold the verdict come first; the report still shows the
    // plan (its verdict line says it has errors) when it can be scheduled.
    const QList<PlanIssue> errors = PlanAnalysis(&plan.value()).errors();
    printVerdictErrors(planPath, plan.value(), errors, console);
    const auto pages = ReportBuilder::writePdf(output, plan.value(), options);
    if (!pages) {
        Error error = pages.error();
        if (error.file.isEmpty())
            error.file = planPath;
        console.error(error);
        return errors.isEmpty() ? ExitUsage : ExitProblems;
    }
    console.out() << tr("%1: %2 pages, %3 %4").arg(output).arg(pages.value())
                         .arg(options.pageSize == QPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4"), orientation)
                  << '\n';
    return errors.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace cutover::cli
