// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationview.h"

#include "model/durationtext.h"

#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace cutover::views {

namespace {

/** A chart view on a panel: antialiased, frameless, no rubber band (the charts have no zoom). */
QChartView *panelView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(charts::ChartStyle::background()); // around the chart's inset background
    view->setMouseTracking(true);
    return view;
}

/** Shows `chart` in `view` and deletes the chart it showed (QChartView does not). */
void showChart(QChartView *view, std::unique_ptr<QChart> chart)
{
    QChart *old = view->chart();
    view->setChart(chart.release());
    delete old;
}

/** The frame's body below the title and subtitle, as ChartStyle::drawFrame() lays it out. */
QRectF frameBody(const QRectF &rect, const charts::ChartStyle &style, const QString &title, const QString &subtitle)
{
    QRectF body = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (!title.isEmpty())
        body.setTop(body.top() + QFontMetricsF(style.font(1.25, true)).height() + style.fontPx * 0.2);
    if (!subtitle.isEmpty())
        body.setTop(body.top() + QFontMetricsF(style.font(0.9)).height() + style.fontPx * 0.4);
    return body;
}

QString runsText(int runs, int total)
{
    return QCoreApplication::translate("cutover::views::SimulationChartWidget", "%1 of %2 runs (%3 %)")
        .arg(QLocale().toString(runs), QLocale().toString(total), QLocale().toString(total > 0 ? 100.0 * runs / total : 0.0, 'f', 1));
}

} // namespace

SimulationChartWidget::SimulationChartWidget(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("simulation"));
    for (QChartView *&view : m_views)
        view = panelView(this);
    rebuild();
}

void SimulationChartWidget::setData(const charts::SimulationChartData &data)
{
    m_data = data;
    rebuild();
    update();
}

void SimulationChartWidget::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::SimulationRenderer::paint(painter, rect, m_data);
}

QRectF SimulationChartWidget::panelRect(Panel panel) const
{
    const charts::ChartStyle style = charts::ChartStyle::forSize(size());
    const QRectF body = frameBody(QRectF(rect()), style, charts::SimulationRenderer::title(m_data), charts::SimulationRenderer::subtitle(m_data));
    const double gap = style.fontPx;
    const double w = (body.width() - gap) / 2, h = (body.height() - gap) / 2;
    const int column = panel % 2, row = panel / 2;
    return QRectF(body.left() + column * (w + gap), body.top() + row * (h + gap), w, h);
}

void SimulationChartWidget::rebuild()
{
    const charts::ChartStyle panel = charts::SimulationRenderer::panelStyle(size());
    for (int i = 0; i < PanelCount; ++i)
        m_views[i]->setGeometry(panelRect(Panel(i)).toAlignedRect());
    const QSizeF finishSize = m_views[Finish]->size();
    showChart(m_views[Finish], charts::SimulationRenderer::distributionChart(m_data.finish, panel, finishSize));
    showChart(m_views[Downtime], charts::SimulationRenderer::distributionChart(m_data.downtime, panel, m_views[Downtime]->size()));
    showChart(m_views[Criticality], charts::SimulationRenderer::criticalityChart(m_data.criticality, panel, m_views[Criticality]->size()));
    showChart(m_views[Tornado], charts::SimulationRenderer::tornadoChart(m_data, panel, m_views[Tornado]->size()));
    connectTooltips();
}

void SimulationChartWidget::connectTooltips()
{
    // Hover: a histogram bin's runs, the S-curve's share, a bar's value.
    const auto distribution = [this](QChartView *view, const charts::OutcomeDistribution *d) {
        for (QAbstractSeries *series : view->chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(series)) {
                connect(area, &QAreaSeries::hovered, view, [d](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    const auto it = std::upper_bound(d->binEdges.cbegin(), d->binEdges.cend(), point.x());
                    const qsizetype bin = std::clamp<qsizetype>(it - d->binEdges.cbegin() - 1, 0, d->counts.size() - 1);
                    QToolTip::showText(QCursor::pos(), tr("%1 – %2: %3").arg(d->valueText(d->binEdges[bin]), d->valueText(d->binEdges[bin + 1]),
                                                                           runsText(d->counts[bin], d->total)));
                });
            } else if (auto *line = qobject_cast<QLineSeries *>(series); line && series->objectName() == u"sCurve") {
                connect(line, &QLineSeries::hovered, view, [d](const QPointF &point, bool state) {
                    if (!state) {
                        QToolTip::hideText();
                        return;
                    }
                    double share = 0;
                    for (const QPointF &pt : d->sCurve) {
                        if (pt.x() > point.x())
                            break;
                        share = pt.y();
                    }
                    QToolTip::showText(QCursor::pos(), tr("By %1: %2 % of the runs").arg(d->valueText(point.x()), QLocale().toString(share * 100, 'f', 1)));
                });
            }
        }
    };
    distribution(m_views[Finish], &m_data.finish);
    distribution(m_views[Downtime], &m_data.downtime);
    const auto bars = [](QChartView *view, const std::function<QString(int row)> &text) {
        for (QAbstractSeries *series : view->chart()->series()) {
            auto *bar = qobject_cast<QAbstractBarSeries *>(series);
            if (!bar)
                continue;
            for (QBarSet *set : bar->barSets()) {
                const int rows = int(set->count());
                connect(set, &QBarSet::hovered, view, [text, rows](bool state, int index) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), text(rows - 1 - index)); // rows count upwards
                    else
                        QToolTip::hideText();
                });
            }
        }
    };
    bars(m_views[Criticality], [this](int row) {
        const charts::CriticalityBar &b = m_data.criticality.at(row);
        return tr("%1: on the critical path in %2 % of the runs").arg(b.label, QLocale().toString(b.index * 100, 'f', 1));
    });
    bars(m_views[Tornado], [this](int row) {
        const charts::TornadoBar &b = m_data.tornado.at(row);
        return tr("%1: mean %2 in its fastest 10 % of runs, %3 in its slowest 10 % (rank correlation %4)")
            .arg(b.label, DurationText::format(std::round(b.low)), DurationText::format(std::round(b.high)), QLocale().toString(b.rankCorrelation, 'f', 2));
    });
}

void SimulationChartWidget::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    rebuild();
}

void SimulationChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const charts::ChartStyle style = charts::ChartStyle::forSize(size());
    style.drawFrame(&p, QRectF(rect()), charts::SimulationRenderer::title(m_data), charts::SimulationRenderer::subtitle(m_data));
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
