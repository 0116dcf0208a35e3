// SPDX-License-Identifier: GPL-3.0-or-later
// The chart pages in the desktop with a 5,000-task plan: an edit while the timeline is on
// screen (reschedule, Gantt data, repaint), the same edit while another page is on screen
// (the chart pages only note that they are stale), and switching to a stale timeline. Then an
// import of a 1,000,000-row CSV through ImportActions (worker-side import, then the one undo
// step) and its undo. Prints figures; asserts nothing.
#include "common/plangenerator.h"
#include "document/document.h"
#include "document/runbookmodel.h"
#include "gui/importactions.h"
#include "gui/mainwindow.h"
#include "gui/runbookview.h"
#include "gui/timelinepage.h"
#include "views/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace cutover;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double worst(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

QList<double> timeEdits(gui::MainWindow &window, QWidget *painted, int firstRow)
{
    RunbookModel *model = window.runbookView()->model();
    QList<double> out;
    QElapsedTimer timer;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        model->setData(model->index(firstRow + i, RunbookModel::LikelyColumn), QString::number(17 + i % 5));
        QCoreApplication::processEvents(); // scheduleChanged reaches the pages
        painted->repaint();
        out << timer.nsecsElapsed() / 1e6;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;

    PlanGeneratorOptions options;
    options.tasks = 5000;
    gui::MainWindow window(dir.filePath("recovery"));
    window.resize(1600, 1000);
    window.document()->resetPlan(generatePlan(options));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    QElapsedTimer timer;
    timer.start();
    window.showPage(gui::MainWindow::Timeline);
    window.repaint();
    std::printf("first show of the timeline, 5,000 tasks: %.1f ms\n", timer.nsecsElapsed() / 1e6);

    const QList<double> visible = timeEdits(window, window.timelinePage()->view(), 1000);
    std::printf("edit with the timeline on screen (reschedule, Gantt data, repaint): median %.2f ms, worst %.2f ms\n",
                median(visible), worst(visible));

    window.showPage(gui::MainWindow::Runbook);
    const QList<double> hidden = timeEdits(window, window.runbookView()->table()->viewport(), 2000);
    std::printf("edit with the runbook on screen (chart pages only marked stale): median %.2f ms, worst %.2f ms\n",
                median(hidden), worst(hidden));

    timer.restart();
    window.showPage(gui::MainWindow::Timeline);
    window.repaint();
    std::printf("switch to the stale timeline (refresh + paint): %.1f ms\n", timer.nsecsElapsed() / 1e6);

    // A 1,000,000-row generic CSV (two value columns, one sample a second).
    const QString csvPath = dir.filePath("lag.csv");
    {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            return 1;
        csv.write("time,lag_s,iops\n");
        const qint64 start = 1'800'000'000;
        QByteArray block;
        for (int i = 0; i < 1'000'000; ++i) {
            block += QByteArray::number(start + i) + ',' + QByteArray::number((i % 600) * 0.25) + ',' + QByteArray::number(1000 + i % 97) + '\n';
            if (block.size() > (1 << 20)) {
                csv.write(block);
                block.clear();
            }
        }
        csv.write(block);
    }
    gui::ImportActions actions(&window, window.document());
    timer.restart();
    const Result<gui::ImportBatch> batch = gui::ImportActions::importAll({{csvPath, {}}});
    const double importMs = timer.nsecsElapsed() / 1e6;
    if (!batch.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(batch.errorString()));
        return 1;
    }
    window.showPage(gui::MainWindow::Monitoring);
    timer.restart();
    if (!actions.apply(batch.value()).ok())
        return 1;
    QCoreApplication::processEvents();
    window.repaint();
    const double applyMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    window.document()->undoStack()->undo();
    QCoreApplication::processEvents();
    window.repaint();
    const double undoMs = timer.nsecsElapsed() / 1e6;
    std::printf("import 1,000,000-row CSV (2 series) on the worker: %.0f ms; apply as one undo step + lag chart: %.1f ms; undo: %.1f ms\n",
                importMs, applyMs, undoMs);
    window.document()->markSaved();
    return 0;
}
