// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cutover::views {

SimulationChartWidget::SimulationChartWidget(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("simulation"));
}

void SimulationChartWidget::setData(const charts::SimulationChartData &data)
{
    m_data = data;
    update();
}

void SimulationChartWidget::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::SimulationRenderer::paint(painter, rect, m_data);
}

void SimulationChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    charts::SimulationRenderer::paint(&p, QRectF(rect()), m_data);
}

SimulationView::SimulationView(QWidget *parent) : QWidget(parent)
{
    m_iterations = new QSpinBox(this);
    m_iterations->setRange(100, MonteCarlo::kMaxIterations);
    m_iterations->setSingleStep(1000);
    m_iterations->setValue(10000);
    m_iterations->setGroupSeparatorShown(true);
    m_iterations->setAccessibleName(tr("Iterations"));
    m_run = new QPushButton(tr("Run simulation"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_auto = new QCheckBox(tr("Re-run after edits"), this);
    m_auto->setToolTip(tr("Runs the simulation again after every edit (plans of up to %1 tasks)").arg(kAutoRunTasks));
    m_auto->setChecked(true);
    m_status = new QLabel(this);
    m_chart = new SimulationChartWidget(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Iterations:"), this));
    bar->addWidget(m_iterations);
    bar->addWidget(m_run);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_auto);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_chart, 1);

    connect(m_run, &QPushButton::clicked, this, &SimulationView::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &SimulationView::cancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SimulationView::finished);
    setStatus(tr("No plan to simulate yet."));
    updateButtons();
}

SimulationView::~SimulationView()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SimulationView::setIterations(int iterations)
{
    m_iterations->setValue(iterations);
}

void SimulationView::setAutoRun(bool on)
{
    m_auto->setChecked(on);
}

QString SimulationView::statusText() const
{
    return m_status->text();
}

void SimulationView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SimulationView::updateButtons()
{
    m_run->setEnabled(m_hasPlan && !m_running);
    m_run->setText(m_result ? tr("Re-run") : tr("Run simulation"));
    m_cancelButton->setEnabled(m_running);
    m_iterations->setEnabled(!m_running);
}

bool SimulationView::rerunsAfterEdits(qsizetype taskCount) const
{
    return m_auto->isChecked() && taskCount <= kAutoRunTasks;
}

void SimulationView::setPlan(const Plan &plan, const Schedule &schedule)
{
    m_plan = plan;
    m_schedule = schedule;
    m_hasPlan = true;
    ++m_planVersion;
    m_stale = m_result != nullptr;
    if (rerunsAfterEdits(plan.tasks.size())) {
        if (m_running) {
            // Restart with the edited plan once the running one has stopped.
            m_rerun = true;
            cancel();
        } else {
            run();
        }
        return;
    }
    if (m_stale)
        setStatus(tr("The plan changed since this simulation: press Re-run."));
    else if (!m_running)
        setStatus(tr("Press Run simulation to simulate %n task(s).", nullptr, int(plan.tasks.size())));
    updateButtons();
}

void SimulationView::run()
{
    if (!m_hasPlan || m_running)
        return;
    m_running = true;
    m_rerun = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_runPlan = m_plan;
    m_runSchedule = m_schedule;
    m_runVersion = m_planVersion;
    SimulationOptions options;
    options.iterations = m_iterations->value();
    options.seed = m_seed;
    // Per-task P80 finishes for the timeline's ghost bars: a few MB and about half as much
    // time again for the largest plans, nothing noticeable for usual ones.
    options.taskFinishQuantiles = true;
    m_progress->setValue(0);
    setStatus(tr("Simulating %1 runs…").arg(QLocale().toString(options.iterations)));
    updateButtons();

    const Plan plan = m_runPlan;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    QPointer<QProgressBar> progress = m_progress;
    m_watcher.setFuture(QtConcurrent::run([plan, options, cancelFlag, progress]() {
        auto report = [progress](int done, int total) {
            // Queued to the progress bar's thread; dropped if the bar is gone.
            if (progress)
                QMetaObject::invokeMethod(progress.data(), "setValue", Qt::QueuedConnection,
                                          Q_ARG(int, total > 0 ? int(qint64(done) * 100 / total) : 0));
        };
        return std::make_shared<Result<SimulationResult>>(MonteCarlo::run(plan, options, report, cancelFlag.get()));
    }));
}

void SimulationView::cancel()
{
    if (m_running && m_cancel) {
        m_cancel->store(true);
        setStatus(tr("Cancelling…"));
    }
}

void SimulationView::finished()
{
    m_running = false;
    const std::shared_ptr<Result<SimulationResult>> outcome = m_watcher.result();
    const bool cancelled = m_cancel && m_cancel->load();
    if (outcome && outcome->ok()) {
        m_result = std::make_unique<SimulationResult>(outcome->value());
        m_chart->setData(charts::SimulationChartData::build(m_runPlan, m_runSchedule, *m_result));
        m_stale = m_runVersion != m_planVersion;
        m_progress->setValue(100);
        QString status = tr("%1 runs, seed %2.").arg(QLocale().toString(m_result->iterations)).arg(m_result->seed);
        if (m_result->probabilityWithinWindow)
            status += tr(" Probability of fitting the window: %1 %.").arg(QLocale().toString(*m_result->probabilityWithinWindow * 100, 'f', 1));
        if (m_stale)
            status += tr(" The plan changed since: press Re-run.");
        setStatus(status);
        emit simulationFinished();
    } else if (cancelled && !m_rerun) {
        m_progress->setValue(0);
        setStatus(m_result ? tr("Simulation cancelled; showing the previous results.") : tr("Simulation cancelled."));
    } else if (!cancelled) {
        const QString message = outcome ? outcome->errorString() : tr("the simulation did not return a result");
        setStatus(tr("Cannot simulate: %1").arg(message));
        emit simulationFailed(message);
    }
    updateButtons();
    if (m_rerun)
        run();
}

} // namespace cutover::views
