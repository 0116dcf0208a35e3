// SPDX-License-Identifier: GPL-3.0-or-later
// Writes every chart of the fixture plan as PNG and SVG at 1600×1000 and 1280×720 into the
// directory given as the first argument, for looking at them (not a test).

#include "chartfixtures.h"

#include "charts/chartexport.h"
#include "charts/criteriaboard.h"
#include "charts/ganttrenderer.h"
#include "charts/lagchart.h"
#include "charts/simulationchart.h"
#include "charts/validationchart.h"

#include <QDir>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace cutover;
using namespace cutover::charts;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString dir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(dir);

    Plan plan = testing::fixturePlan();
    plan.series.append(testing::fixtureLagSeries());
    plan.validation = testing::fixtureValidation();
    QList<TaskTiming> timings = testing::fixtureTimings();
    for (TaskTiming &t : timings)
        t.p80Finish = t.finish + (t.finish - t.start) * 0.25;
    TimelineMarkers markers;
    markers.rollbackDeadline = 480 - 35;
    markers.rollbackDeadlineP80 = 480 - 50;
    const GanttData gantt = GanttData::build(plan, timings, markers);
    const LagChartData lag = LagChartData::build(plan, timings, markers);
    const CriteriaBoardData board = CriteriaBoardData::build(plan);
    ValidationSummary validation = ValidationSummary::build(plan.validation);
    validation.title = plan.name;

    SimulationChartData sim;
    sim.title = plan.name;
    sim.iterations = 10000;
    QRandomGenerator rng(1);
    QList<double> finish, downtime;
    for (int i = 0; i < sim.iterations; ++i) {
        const double u = rng.generateDouble() + rng.generateDouble() + rng.generateDouble();
        finish.append(270 + u * 30);
        downtime.append(85 + u * 14 + rng.generateDouble() * 8);
    }
    sim.finish = OutcomeDistribution::fromSamples(finish, 40, 480);
    sim.finish.title = QStringLiteral("Finish");
    sim.finish.axisLabel = QStringLiteral("finish time (Europe/Berlin)");
    sim.finish.origin = plan.start;
    sim.finish.zone = QTimeZone("Europe/Berlin");
    sim.finish.limitLabel = QStringLiteral("window end");
    sim.downtime = OutcomeDistribution::fromSamples(downtime, 40, 120);
    sim.downtime.title = QStringLiteral("Downtime (write freeze to traffic switch)");
    sim.downtime.axisLabel = QStringLiteral("minutes of downtime");
    sim.downtime.limitLabel = QStringLiteral("allowed downtime");
    for (const Task &t : plan.tasks)
        sim.criticality.append({ t.id, t.name, t.id == QStringLiteral("perf") ? 0.12 : (t.kind == TaskKind::Task ? 0.97 : 0.88) });
    sim.tornado = { { QStringLiteral("finalsync"), QStringLiteral("Final sync"), 84, 121 },
                    { QStringLiteral("tests"), QStringLiteral("Functional tests"), 90, 112 },
                    { QStringLiteral("switch"), QStringLiteral("Redirect traffic"), 96, 104 } };
    sim.tornadoBase = 100;

    const QList<QPair<QString, PaintFunction>> charts = {
        { QStringLiteral("timeline"), [&](QPainter *p, const QRectF &r) { GanttRenderer::paint(p, r, gantt); } },
        { QStringLiteral("lag"), [&](QPainter *p, const QRectF &r) { LagRenderer::paint(p, r, lag); } },
        { QStringLiteral("simulation"), [&](QPainter *p, const QRectF &r) { SimulationRenderer::paint(p, r, sim); } },
        { QStringLiteral("validation"), [&](QPainter *p, const QRectF &r) { ValidationRenderer::paint(p, r, validation); } },
        { QStringLiteral("criteria"), [&](QPainter *p, const QRectF &r) { CriteriaBoardRenderer::paint(p, r, board); } },
    };
    QTextStream err(stderr);
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
