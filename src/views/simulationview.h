// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "charts/simulationchart.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cutover::views {

/** The four simulation charts (finish, downtime, criticality, tornado). */
class SimulationChartWidget : public ChartWidget
{
    Q_OBJECT
public:
    explicit SimulationChartWidget(QWidget *parent = nullptr);
    void setData(const charts::SimulationChartData &data);
    const charts::SimulationChartData &data() const { return m_data; }
    void paintExport(QPainter *painter, const QRectF &rect) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    charts::SimulationChartData m_data;
};

/**
 * Runs the Monte Carlo simulation off the UI thread with a progress bar and Cancel, then shows
 * the charts. Re-running after an edit is one click, or automatic for small plans
 * (at most kAutoRunTasks tasks) while "Re-run after edits" is on.
 */
class SimulationView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutoRunTasks = 300;

    explicit SimulationView(QWidget *parent = nullptr);
    ~SimulationView() override;

    /** The plan to simulate (after any edit). Marks the shown results stale or re-runs. */
    void setPlan(const Plan &plan, const Schedule &schedule);
    void setIterations(int iterations);
    void setSeed(quint64 seed) { m_seed = seed; }
    void setAutoRun(bool on);

    bool isRunning() const { return m_running; }
    bool isStale() const { return m_stale; }
    /** "Re-run after edits" is on and the plan is small enough to re-run by itself. */
    bool rerunsAfterEdits(qsizetype taskCount) const;
    SimulationChartWidget *chart() const { return m_chart; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;
    /** The last finished simulation (null before the first one). */
    const SimulationResult *result() const { return m_result.get(); }

public slots:
    void run();
    void cancel();

signals:
    void simulationFinished();
    void simulationFailed(const QString &message);

private:
    void finished();
    void setStatus(const QString &text);
    void updateButtons();

    Plan m_plan;
    Schedule m_schedule;
    bool m_hasPlan = false;
    quint64 m_seed = 1;
    bool m_running = false;
    bool m_stale = false;
    bool m_rerun = false;
    quint64 m_planVersion = 0;
    quint64 m_runVersion = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::shared_ptr<Result<SimulationResult>>> m_watcher;
    std::unique_ptr<SimulationResult> m_result;
    Plan m_runPlan;
    Schedule m_runSchedule;

    QSpinBox *m_iterations = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_auto = nullptr;
    QLabel *m_status = nullptr;
    SimulationChartWidget *m_chart = nullptr;
};

} // namespace cutover::views
