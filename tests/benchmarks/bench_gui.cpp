// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop speed with a 5,000-task plan: open to an interactive window, one edit including the
// reschedule and the repaint of the visible rows, scrolling; and the cold start of a fresh
// process to the main window with a template-sized plan. Prints figures; asserts nothing.
#include "common/plangenerator.h"
#include "document/document.h"
#include "document/runbookmodel.h"
#include "gui/fileactions.h"
#include "gui/mainwindow.h"
#include "gui/runbookview.h"
#include "interchange/plantemplates.h"
#include "storage/planfile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace cutover;

namespace {

void paintNow(gui::MainWindow &window)
{
    window.runbookView()->table()->viewport()->repaint();
    QCoreApplication::processEvents();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/** Child mode: open the plan, show the window, paint, report. Timed by the parent. */
int coldChild(const QString &plan, const QString &dir)
{
    gui::MainWindow window(dir);
    if (!window.fileActions()->openPath(plan))
        return 3;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 4;
    window.repaint();
    std::puts("SHOWN");
    std::fflush(stdout);
    window.fileActions()->closing();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == "cold")
        return coldChild(args.at(2), args.at(3));

    QTemporaryDir dir;
    PlanGeneratorOptions options;
    options.tasks = 5000;
    const Plan big = generatePlan(options);
    const QString bigPath = dir.filePath("big.cutover");
    if (!PlanFile::write(big, bigPath)) {
        std::fprintf(stderr, "cannot write the 5,000-task plan\n");
        return 1;
    }

    // Open to an interactive window.
    QElapsedTimer timer;
    timer.start();
    gui::MainWindow window(dir.filePath("recovery"));
    window.resize(1600, 1000);
    window.showPage(gui::MainWindow::Runbook);
    if (!window.fileActions()->openPath(bigPath))
        return 1;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    paintNow(window);
    const double openMs = timer.nsecsElapsed() / 1e6;
    std::printf("open 5,000-task plan to an interactive runbook: %.1f ms (target <= 400 ms)\n", openMs);

    // One edit: setData (pushes the command), reschedule, repaint of the visible rows.
    RunbookModel *model = window.runbookView()->model();
    QList<double> edits, pushes, schedules, events, paints;
    QElapsedTimer part;
    for (int i = 0; i < 30; ++i) {
        const QModelIndex cell = model->index(2500 + i, RunbookModel::LikelyColumn);
        timer.restart();
        part.start();
        model->setData(cell, QString::number(17 + i % 5));
        pushes << part.nsecsElapsed() / 1e6;
        part.restart();
        window.document()->schedule();
        schedules << part.nsecsElapsed() / 1e6;
        part.restart();
        QCoreApplication::processEvents(); // delivers scheduleChanged to the views
        events << part.nsecsElapsed() / 1e6;
        part.restart();
        paintNow(window);
        paints << part.nsecsElapsed() / 1e6;
        edits << timer.nsecsElapsed() / 1e6;
    }
    std::printf("edit incl. reschedule and repaint: median %.2f ms, worst %.2f ms over %lld edits (target <= 30 ms)\n",
                median(edits), *std::max_element(edits.begin(), edits.end()), qlonglong(edits.size()));
    std::printf("  of which: command %.2f ms, schedule %.2f ms, views' updates %.2f ms, repaint %.2f ms (medians)\n",
                median(pushes), median(schedules), median(events), median(paints));

    // Undo one edit (same path in reverse).
    timer.restart();
    window.document()->undoStack()->undo();
    window.document()->schedule();
    QCoreApplication::processEvents();
    paintNow(window);
    std::printf("undo incl. reschedule and repaint: %.2f ms\n", timer.nsecsElapsed() / 1e6);

    // Scrolling: a page at a time through the table, painting each frame.
    QScrollBar *bar = window.runbookView()->table()->verticalScrollBar();
    QList<double> frames;
    for (int i = 0; i < 60; ++i) {
        timer.restart();
        bar->setValue(bar->value() + bar->pageStep());
        paintNow(window);
        frames << timer.nsecsElapsed() / 1e6;
    }
    std::printf("scrolling: median %.2f ms per page, worst %.2f ms (60 fps = 16.7 ms)\n", median(frames),
                *std::max_element(frames.begin(), frames.end()));
    window.document()->markSaved();
    window.fileActions()->closing();

    // Cold start: a fresh process to the painted main window with a template-sized plan.
    auto sample = PlanTemplates::create("online-migration", "Orders database to Azure SQL",
                                        QDateTime(QDate(2026, 12, 5), QTime(21, 0), QTimeZone("Europe/Berlin")),
                                        "Europe/Berlin");
    const QString samplePath = dir.filePath("sample.cutover");
    if (!sample || !PlanFile::write(sample.value(), samplePath))
        return 1;
    QList<double> starts;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        timer.restart();
        child.start(QCoreApplication::applicationFilePath(), {"cold", samplePath, dir.filePath("recovery-cold")});
        child.waitForFinished(30000);
        if (!child.readAllStandardOutput().contains("SHOWN"))
            return 1;
        starts << timer.nsecsElapsed() / 1e6;
    }
    std::printf("cold start to the main window with the sample plan: median %.1f ms over 5 runs (target <= 300 ms)\n",
                median(starts));
    return 0;
}
