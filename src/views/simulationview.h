// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "analysis/plananalysis.h"
#include "charts/simulationchart.h"

#include <QWidget>

#include <array>

class QChartView;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cutover::views {

/**
 * The four simulation charts (finish, downtime, criticality, tornado), each a QChartView with
 * hover tooltips (a bin's runs, the S-curve's share, a bar's values), under the title. The
 * charts are rebuilt for the new data and on resize (how many bars fit); the export paints
 * freshly built ones.
 */
class SimulationChartWidget : public ChartWidget
{
    Q_OBJECT
public:
    enum Panel { Finish, Downtime, Criticality, Tornado, PanelCount };

    explicit SimulationChartWidget(QWidget *parent = nullptr);
    void setData(const charts::SimulationChartData &data);
    const charts::SimulationChartData &data() const { return m_data; }
    void paintExport(QPainter *painter, const QRectF &rect) const override;
    QChartView *view(Panel panel) const { return m_views[panel]; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF panelRect(Panel panel) const;
    void rebuild();
    void connectTooltips();

    charts::SimulationChartData m_data;
    std::array<QChartView *, PanelCount> m_views {};
};

/**
 * The simulation of a PlanAnalysis (the Document's): Run / Cancel / iterations / "Re-run after
 * edits" drive the analysis, which simulates off the UI thread; the view shows its progress,
 * whether the result is current, and the charts. It owns no result: result() is the
 * analysis's, so the timeline, overview and report quote the same run.
 */
class SimulationView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutoRunTasks = PlanAnalysis::kAutoRunTasks;

    explicit SimulationView(QWidget *parent = nullptr);
    ~SimulationView() override;

    /** The analysis to run and show (not owned; must outlive the view or be reset first). */
    void setAnalysis(PlanAnalysis *analysis);
    PlanAnalysis *analysis() const { return m_analysis; }
    /**
     * The page is on screen with a new plan version: re-runs by itself when re-runs after
     * edits are on and the plan is small, else shows that the results are stale.
     */
    void planShown();
    void setIterations(int iterations);
    void setSeed(quint64 seed);
    void setAutoRun(bool on);

    bool isRunning() const { return m_analysis && m_analysis->isSimulationRunning(); }
    bool isStale() const { return m_analysis && m_analysis->simulation() && !m_analysis->isSimulationCurrent(); }
    /** "Re-run after edits" is on and the plan is small enough to re-run by itself. */
    bool rerunsAfterEdits(qsizetype taskCount) const;
    SimulationChartWidget *chart() const { return m_chart; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QString statusText() const;
    /** The analysis's last finished simulation (null before the first one). */
    const SimulationResult *result() const { return m_analysis ? m_analysis->simulation() : nullptr; }

public slots:
    void run();
    void cancel();

signals:
    void simulationFinished();
    void simulationFailed(const QString &message);

private:
    void stateChanged();
    void updateStatus();
    void updateButtons();

    PlanAnalysis *m_analysis = nullptr;
    const SimulationResult *m_charted = nullptr; ///< the result the charts show
    bool m_wasRunning = false;
    bool m_cancelled = false;
    QList<QMetaObject::Connection> m_connections;

    QSpinBox *m_iterations = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_auto = nullptr;
    QLabel *m_status = nullptr;
    SimulationChartWidget *m_chart = nullptr;
};

} // namespace cutover::views
