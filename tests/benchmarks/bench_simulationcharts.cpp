// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation and validation charts (docs/performance.md, "Qt Charts: simulation and
// validation charts"). Prints figures; asserts nothing.
//  - simulation page refresh: a finished 10,000-run simulation of a 5,000-task plan reaches the
//    page (chart data built from the result, handed to the chart widget) and the page repaints
//    at 1600×1000; the target is 30 ms,
//  - painting the four simulation charts into a 1600×1000 image (the PNG export and the
//    `chart` command's path), and the validation chart with 200 failing checks.
// Each figure: median and worst of 15 runs, wall time and CPU time of this thread (the build
// machine is shared: wall time there partly measures the neighbours).
#include "schedulegenerator.h"

#include "charts/simulationchart.h"
#include "charts/validationchart.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"
#include "views/simulationview.h"
#include "views/validationview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace cutover;
using namespace cutover::charts;

namespace {

qint64 cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void measure(const char *label, const std::function<void()> &step)
{
    step(); // warm up: first-use font and glyph caches are not what a refresh costs
    QList<double> wall, cpu;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 c0 = cpuNow();
        step();
        cpu << double(cpuNow() - c0) / 1e6;
        wall << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-72s wall median %6.2f ms, worst %6.2f ms; CPU median %6.2f ms, worst %6.2f ms\n", label, wall.at(wall.size() / 2),
                wall.constLast(), cpu.at(cpu.size() / 2), cpu.constLast());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const Plan plan = bench::generateSchedulePlan(5000);
    const Result<Schedule> schedule = Scheduler::schedule(plan);
    SimulationOptions options;
    options.iterations = 10000;
    const Result<SimulationResult> result = MonteCarlo::run(plan, options);
    if (!schedule || !result) {
        std::fprintf(stderr, "cannot simulate the benchmark plan\n");
        return 1;
    }

    measure("SimulationChartData::build (5,000 tasks, 10,000 runs)",
            [&] { (void)SimulationChartData::build(plan, schedule.value(), result.value()); });

    views::SimulationChartWidget widget;
    widget.resize(1600, 1000);
    widget.show();
    QCoreApplication::processEvents();
    measure("simulation page refresh: build + setData + repaint, 1600x1000 (target 30 ms)", [&] {
        widget.setData(SimulationChartData::build(plan, schedule.value(), result.value()));
        widget.repaint();
    });

    const SimulationChartData data = SimulationChartData::build(plan, schedule.value(), result.value());
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    measure("SimulationRenderer::paint, 4 charts into a 1600x1000 image", [&] {
        QPainter p(&image);
        SimulationRenderer::paint(&p, QRectF(image.rect()), data);
    });

    QList<ValidationResult> validation;
    for (int i = 0; i < 1000; ++i) {
        ValidationResult r;
        r.object = QStringLiteral("table_%1").arg(i);
        r.check = QStringLiteral("row count");
        r.status = i % 5 == 0 ? ValidationStatus::Failed : ValidationStatus::Passed;
        if (r.status == ValidationStatus::Failed)
            r.difference = double(i * 7 % 1000);
        validation << r;
    }
    const ValidationSummary summary = ValidationSummary::build(validation);
    measure("ValidationRenderer::paint, 1,000 checks (200 failed), 1600x1000 image", [&] {
        QPainter p(&image);
        ValidationRenderer::paint(&p, QRectF(image.rect()), summary);
    });
    return 0;
}
