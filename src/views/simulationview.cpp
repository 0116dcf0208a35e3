// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    m_status->setObjectName(QStringLiteral("simulationStatus"));
    m_status->setWordWrap(true);
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
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) {
        if (m_analysis)
            m_analysis->setAutoSimulate(on);
    });
    connect(m_iterations, &QSpinBox::valueChanged, this, [this](int n) {
        if (m_analysis)
            m_analysis->setIterations(n);
    });
    updateStatus();
    updateButtons();
}

SimulationView::~SimulationView()
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
}

void SimulationView::setAnalysis(PlanAnalysis *analysis)
{
    if (analysis == m_analysis)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_analysis = analysis;
    m_charted = nullptr;
    if (m_analysis) {
        m_analysis->setAutoSimulate(m_auto->isChecked());
        m_analysis->setIterations(m_iterations->value());
        m_connections << connect(m_analysis, &PlanAnalysis::simulationStateChanged, this, &SimulationView::stateChanged)
                      << connect(m_analysis, &PlanAnalysis::simulationProgressed, m_progress, &QProgressBar::setValue)
                      << connect(m_analysis, &PlanAnalysis::simulationFailed, this, &SimulationView::simulationFailed)
                      << connect(m_analysis, &PlanAnalysis::changed, this, [this] {
                             updateStatus();
                             updateButtons();
                         });
        m_wasRunning = m_analysis->isSimulationRunning();
    }
    stateChanged();
}

void SimulationView::setIterations(int iterations)
{
    m_iterations->setValue(iterations);
}

void SimulationView::setSeed(quint64 seed)
{
    if (m_analysis)
        m_analysis->setSeed(seed);
}

void SimulationView::setAutoRun(bool on)
{
    m_auto->setChecked(on);
}

QString SimulationView::statusText() const
{
    return m_status->text();
}

void SimulationView::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(m_analysis && !running);
    m_run->setText(result() ? tr("Re-run") : tr("Run simulation"));
    m_cancelButton->setEnabled(running);
    m_iterations->setEnabled(!running);
}

bool SimulationView::rerunsAfterEdits(qsizetype taskCount) const
{
    return m_auto->isChecked() && taskCount <= kAutoRunTasks;
}

void SimulationView::planShown()
{
    if (!m_analysis)
        return;
    if (!isRunning() && !m_analysis->isSimulationCurrent() && m_analysis->rerunsAfterEdits())
        run();
    updateStatus();
    updateButtons();
}

void SimulationView::run()
{
    if (!m_analysis || isRunning())
        return;
    m_cancelled = false;
    m_analysis->setIterations(m_iterations->value());
    m_progress->setValue(0);
    m_analysis->startSimulation();
}

void SimulationView::cancel()
{
    if (isRunning()) {
        m_cancelled = true;
        m_analysis->cancelSimulation();
        m_status->setText(tr("Cancelling…"));
    }
}

void SimulationView::stateChanged()
{
    const bool running = isRunning();
    const SimulationResult *r = result();
    if (r && r != m_charted && m_analysis->isSimulationCurrent()) {
        // A new result of the plan as it is: chart it (a stale one keeps the charts it had).
        m_charted = r;
        const Result<Schedule> &schedule = m_analysis->schedule();
        if (schedule)
            m_chart->setData(charts::SimulationChartData::build(m_analysis->plan(), schedule.value(), *r));
    } else if (!r) {
        m_charted = nullptr;
        m_chart->setData({});
    }
    if (m_analysis && m_wasRunning && !running) {
        if (m_analysis->isSimulationCurrent() && r == m_charted && m_analysis->simulationError().isEmpty()) {
            m_progress->setValue(100);
            emit simulationFinished();
        } else {
            m_progress->setValue(0);
        }
    }
    m_wasRunning = running;
    updateStatus();
    updateButtons();
}

void SimulationView::updateStatus()
{
    if (!m_analysis) {
        m_status->setText(tr("No plan to simulate yet."));
        return;
    }
    const SimulationResult *r = result();
    if (isRunning()) {
        m_status->setText(tr("Simulating %1 runs…").arg(QLocale().toString(m_analysis->iterations())));
        return;
    }
    if (!m_analysis->simulationError().isEmpty()) {
        m_status->setText(tr("Cannot simulate: %1").arg(m_analysis->simulationError()));
        return;
    }
    if (!r) {
        m_status->setText(m_cancelled ? tr("Simulation cancelled.")
                                      : tr("Press Run simulation to simulate %n task(s).", nullptr,
                                           int(m_analysis->plan().tasks.size())));
        return;
    }
    QString status = tr("%1 runs, seed %2.").arg(QLocale().toString(r->iterations)).arg(r->seed);
    const PlanSummary &summary = m_analysis->summary();
    if (summary.probabilityWithinWindow)
        status += tr(" Probability of fitting the window: %1 %.").arg(QLocale().toString(*summary.probabilityWithinWindow * 100, 'f', 1));
    if (summary.deadlineP80.isValid() && summary.deadlineLikely.isValid())
        status += tr(" Rollback deadline %1 (P80), %2 (likely).")
                      .arg(QLocale().toString(summary.deadlineP80, QStringLiteral("ddd HH:mm")),
                           QLocale().toString(summary.deadlineLikely, QStringLiteral("ddd HH:mm")));
    if (summary.marginP80)
        status += tr(" Margin from %1: %2 (P80), %3 (likely).")
                      .arg(summary.marginAnchorText(), PlanSummary::marginValueText(summary.marginP80),
                           PlanSummary::marginValueText(summary.marginLikely));
    if (!m_analysis->isSimulationCurrent())
        status = m_cancelled ? tr("Simulation cancelled; showing the previous results.")
                             : tr("The plan changed since this simulation: press Re-run.") + QLatin1Char(' ') + status;
    m_status->setText(status);
}

} // namespace cutover::views
