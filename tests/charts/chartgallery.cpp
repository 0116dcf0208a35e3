// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every chart as PNG and SVG at 1600×1000 and 1280×720 into the directory given as
// the first argument, for looking at them (not a test): the online-migration template plan,
// scheduled and simulated, with the sample monitoring and validation exports imported.

#include "charts/chartexport.h"
#include "charts/criteriaboard.h"
#include "charts/ganttrenderer.h"
#include "charts/lagchart.h"
#include "charts/lagqchart.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"
#include "importers/importer.h"
#include "interchange/plantemplates.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QDir>
#include <QApplication>
#include <QTextStream>

using namespace cutover;
using namespace cutover::charts;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts is built on QGraphicsWidget
    QTextStream err(stderr);
    const QString dir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(dir);

    const QTimeZone zone("Europe/Berlin");
    Result<Plan> created = PlanTemplates::create(QStringLiteral("online-migration"), QStringLiteral("Orders DB to managed Postgres"),
                                                 QDateTime(QDate(2026, 10, 17), QTime(21, 0), zone), QStringLiteral("Europe/Berlin"));
    if (!created) {
        err << created.errorString() << Qt::endl;
        return 1;
    }
    Plan plan = created.value();
    for (const QString &file : app.arguments().mid(2)) {
        const Result<ImportResult> imported = Importer::importFile(file);
        if (!imported) {
            err << imported.errorString() << Qt::endl;
            return 1;
        }
        plan.series += imported->series;
        plan.validation += imported->validation;
    }
    const Result<Schedule> schedule = Scheduler::schedule(plan);
    if (!schedule) {
        err << schedule.errorString() << Qt::endl;
        return 1;
    }
    SimulationOptions options;
    options.iterations = 5000;
    const Result<SimulationResult> sim = MonteCarlo::run(plan, options);
    if (!sim) {
        err << sim.errorString() << Qt::endl;
        return 1;
    }
    const GanttData gantt = GanttData::build(plan, schedule.value(), &sim.value());
    const LagChartData lag = LagChartData::build(plan, &schedule.value());
    const CriteriaBoardData board = CriteriaBoardData::build(plan);
    ValidationSummary validation = ValidationSummary::build(plan.validation);
    validation.title = plan.name;
    const SimulationChartData simulation = SimulationChartData::build(plan, schedule.value(), sim.value());

    const QList<QPair<QString, PaintFunction>> charts = {
        { QStringLiteral("timeline"), [&](QPainter *p, const QRectF &r) { GanttRenderer::paint(p, r, gantt); } },
        { QStringLiteral("lag"), [&](QPainter *p, const QRectF &r) { LagQChart::paint(p, r, lag); } },
        { QStringLiteral("simulation"), [&](QPainter *p, const QRectF &r) { SimulationRenderer::paint(p, r, simulation); } },
        { QStringLiteral("validation"), [&](QPainter *p, const QRectF &r) { ValidationRenderer::paint(p, r, validation); } },
        { QStringLiteral("criteria"), [&](QPainter *p, const QRectF &r) { CriteriaBoardRenderer::paint(p, r, board); } },
    };
    int failures = 0;
    for (const auto &chart : charts) {
        for (const QSize size : { QSize(1600, 1000), QSize(1280, 720) }) {
            for (const QString &ext : { QStringLiteral("png"), QStringLiteral("svg") }) {
                const QString path = QStringLiteral("%1/%2-%3x%4.%5").arg(dir, chart.first).arg(size.width()).arg(size.height()).arg(ext);
                const Status s = ChartExport::save(path, size, chart.second);
                if (!s.ok()) {
                    err << s.errorString() << Qt::endl;
                    ++failures;
                }
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
