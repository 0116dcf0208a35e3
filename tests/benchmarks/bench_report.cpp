// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the stakeholder report takes, split into the data (schedule, 10,000-run
// Monte Carlo, criteria) and the layout + painting + PDF writing. Targets (report issue):
// a 500-task plan with 1,000,000 series points in <= 2 s; 5,000 tasks in <= 8 s.
// Never asserts timings.
#include "common/plangenerator.h"
#include "report/reportbuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace cutover;
using namespace cutover::report;

namespace {

bool measure(const char *label, const Plan &plan, const QString &path)
{
    ReportOptions options; // all sections, 10,000 iterations, seed 1
    QElapsedTimer total;
    total.start();
    const std::clock_t cpu0 = std::clock();
    QElapsedTimer step;
    step.start();
    auto data = ReportData::build(plan, options);
    if (!data) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(data.errorString()));
        return false;
    }
    const double dataMs = double(step.nsecsElapsed()) / 1e6;
    step.restart();
    const auto pages = ReportBuilder::writePdf(path, data.value(), options);
    if (!pages) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(pages.errorString()));
        return false;
    }
    const double pdfMs = double(step.nsecsElapsed()) / 1e6;
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    const double cpuMs = 1000.0 * double(std::clock() - cpu0) / CLOCKS_PER_SEC;
    std::printf("%-34s %7.0f ms total (data %6.0f ms, layout+PDF %6.0f ms; CPU %6.0f ms)  %4d pages  %6.1f MB\n", label, totalMs,
                dataMs, pdfMs, cpuMs, pages.value(), double(QFileInfo(path).size()) / 1e6);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    std::printf("Report benchmark (10,000 Monte Carlo iterations, all sections, A4 landscape)\n");
    PlanGeneratorOptions small;
    small.tasks = 500;
    small.seriesPoints = 1000000;
    PlanGeneratorOptions large;
    large.tasks = 5000;
    bool ok = measure("500 tasks, 1M series points", generatePlan(small), dir.filePath("small.pdf"));
    ok = measure("5,000 tasks", generatePlan(large), dir.filePath("large.pdf")) && ok;
    // Long unbroken text (issue 11): a plan name and a task name of 1,000,000 characters each,
    // without a space. Line breaking is linear in the text; this took 273 s when it was not.
    PlanGeneratorOptions fifty;
    fifty.tasks = 50;
    Plan named = generatePlan(fifty);
    named.name = QStringLiteral("Migration").repeated(111112);
    named.tasks[0].name = QStringLiteral("データ移行").repeated(200000);
    ok = measure("50 tasks, two 1M-character names", named, dir.filePath("named.pdf")) && ok;
    std::printf("targets: 500 tasks + 1M points <= 2000 ms; 5,000 tasks <= 8000 ms; two 1 MB names: seconds, not minutes\n");
    return ok ? 0 : 1;
}
