// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "charts/ganttrenderer.h"

namespace cutover::views {

/**
 * The interactive Gantt timeline. Zoom: Ctrl+wheel or +/−, at the mouse; pan: drag, Shift+wheel
 * or ←/→; scroll rows: wheel or PgUp/PgDn; Home: whole plan. Clicking a bar (or its label)
 * selects the task and emits taskSelected(); ↑/↓ move the selection. Hovering shows the
 * task's details. Only the visible rows are drawn, so 5,000 tasks pan smoothly.
 */
class TimelineView : public ChartWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    /**
     * New data (after any edit); keeps zoom, scroll and the selected task where possible.
     * Ghost bars come from `p80Finish`, else from the simulation's per-task P80 finishes, and
     * only while ghostBars() is on.
     */
    void setPlan(const Plan &plan, const Schedule &schedule, const SimulationResult *simulation = nullptr,
                 const QList<double> &p80Finish = {});
    /**
     * The rollback deadline lines as the analysis quotes them (PlanSummary: likely and P80,
     * invalid = no line); call after setPlan().
     */
    void setRollbackDeadlines(const QDateTime &likely, const QDateTime &p80);
    /** Whether setPlan() draws P80 ghost bars (default on); takes effect with the next setPlan(). */
    void setGhostBars(bool on) { m_ghostBars = on; }
    bool ghostBars() const { return m_ghostBars; }

    const charts::GanttData &data() const { return m_data; }
    const charts::GanttViewport &viewport() const { return m_view; }
    void setViewport(const charts::GanttViewport &viewport);
    QString selectedTask() const;
    /** The geometry of the widget as painted. */
    charts::GanttLayout layout() const;
    /** What the tooltip says for a bar. */
    QString toolTipFor(int bar) const;

    void paintExport(QPainter *painter, const QRectF &rect) const override;

public slots:
    /** Selects the task (e.g. from the runbook table) and scrolls it into view; emits nothing. */
    void selectTask(const QString &id);
    void zoomIn();
    void zoomOut();
    /** Whole plan in time, rows at their readable height. */
    void fitAll();

signals:
    /** The user selected a task in the timeline (empty id: selection cleared). */
    void taskSelected(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomAt(double factor, double x);
    void panPixels(double dx);
    void scrollRows(double rows);
    void clampView();
    void ensureVisible(int bar);
    void selectBar(int bar, bool notify);
    void moveSelection(int step);
    double defaultRowHeight() const;

    charts::GanttData m_data;
    charts::GanttViewport m_view;
    bool m_hasView = false;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_dragging = false;
    bool m_ghostBars = true;
};

} // namespace cutover::views
