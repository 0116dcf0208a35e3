// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every chart view (not a test): the online-migration template plan with the
// given exports imported, each view at 1600×1000 and 1280×720, saved as PNG into DIR.
// Usage: views_gallery DIR [EXPORT...]   (run under Xvfb or with -platform offscreen)

#include "importers/importer.h"
#include "interchange/plantemplates.h"
#include "schedule/scheduler.h"
#include "views/criteriaboardview.h"
#include "views/monitoringview.h"
#include "views/simulationview.h"
#include "views/timelineview.h"
#include "views/validationview.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTextStream>

using namespace cutover;
using namespace cutover::views;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QString dir = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(dir);
    Result<Plan> created = PlanTemplates::create(QStringLiteral("online-migration"), QStringLiteral("Orders DB to managed Postgres"),
                                                 QDateTime(QDate(2026, 10, 17), QTime(9, 0), QTimeZone("Europe/Berlin")),
                                                 QStringLiteral("Europe/Berlin"));
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

    PlanAnalysis analysis(&plan);
    SimulationView simulation;
    simulation.setAutoRun(false);
    simulation.setIterations(5000);
    simulation.setAnalysis(&analysis);
    QSignalSpy done(&simulation, &SimulationView::simulationFinished);
    simulation.run();
    if (!done.wait(60000)) {
        err << "simulation did not finish" << Qt::endl;
        return 1;
    }
    TimelineView timeline;
    timeline.setPlan(plan, schedule.value(), simulation.result());
    MonitoringView monitoring;
    monitoring.setPlan(plan, &schedule.value());
    ValidationView validation;
    validation.setResults(plan.validation, plan.name);
    CriteriaBoardView criteria;
    criteria.setPlan(plan);

    const QList<QPair<QString, QWidget *>> views = { { QStringLiteral("timeline"), &timeline },
                                                     { QStringLiteral("simulation"), &simulation },
                                                     { QStringLiteral("monitoring"), &monitoring },
                                                     { QStringLiteral("validation"), &validation },
                                                     { QStringLiteral("criteria"), &criteria } };
    for (const auto &view : views) {
        for (const QSize size : { QSize(1600, 1000), QSize(1280, 720) }) {
            view.second->resize(size);
            view.second->show();
            if (view.second == &timeline) {
                timeline.fitAll();
                timeline.selectTask(QStringLiteral("final-sync"));
            }
            QApplication::processEvents();
            const QString path = QStringLiteral("%1/view-%2-%3x%4.png").arg(dir, view.first).arg(size.width()).arg(size.height());
            if (!view.second->grab().save(path)) {
                err << "cannot write " << path << Qt::endl;
                return 1;
            }
        }
        view.second->hide();
    }
    return 0;
}
