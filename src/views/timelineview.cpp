// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "model/durationtext.h"
#include "model/enumnames.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cutover::views {

using charts::ChartStyle;
using charts::GanttLayout;
using charts::GanttRenderer;
using charts::GanttRow;

namespace {
constexpr double kMinSpan = 5.0;              // minutes
constexpr double kMaxSpan = 60.0 * 24 * 60;   // 60 days
} // namespace

TimelineView::TimelineView(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Timeline"));
}

double TimelineView::defaultRowHeight() const
{
    return ChartStyle::forSize(size()).fontPx * 1.8;
}

GanttLayout TimelineView::layout() const
{
    charts::GanttViewport v = m_view;
    v.showTitle = false;
    return GanttLayout(m_data, v, QRectF(rect()), ChartStyle::forSize(size()));
}

void TimelineView::setPlan(const Plan &plan, const Schedule &schedule, const SimulationResult *simulation, const QList<double> &p80Finish)
{
    const QString selected = selectedTask();
    m_data = charts::GanttData::build(plan, schedule, simulation, p80Finish);
    if (!m_ghostBars) {
        for (charts::GanttBar &bar : m_data.bars)
            bar.p80Finish = charts::GanttData::kNone;
    }
    m_view.hoverBar = -1;
    m_view.selectedBar = selected.isEmpty() ? -1 : m_data.barIndex(selected);
    if (!m_hasView) {
        fitAll();
        m_hasView = true;
    } else {
        clampView();
        update();
    }
}

void TimelineView::setRollbackDeadlines(const QDateTime &likely, const QDateTime &p80)
{
    const auto minutes = [this](const QDateTime &t) {
        return t.isValid() && m_data.origin.isValid() ? double(m_data.origin.msecsTo(t)) / 60000.0 : charts::GanttData::kNone;
    };
    m_data.rollbackDeadline = minutes(likely);
    m_data.rollbackDeadlineP80 = minutes(p80);
    update();
}

void TimelineView::setViewport(const charts::GanttViewport &viewport)
{
    m_view = viewport;
    m_hasView = true;
    clampView();
    update();
}

QString TimelineView::selectedTask() const
{
    return m_view.selectedBar >= 0 && m_view.selectedBar < m_data.bars.size() ? m_data.bars[m_view.selectedBar].id : QString();
}

void TimelineView::fitAll()
{
    const double lo = m_data.minTime(), hi = m_data.maxTime();
    const double pad = std::max(1.0, (hi - lo) * 0.03);
    m_view.t0 = lo - pad;
    m_view.t1 = std::max(hi + pad, m_view.t0 + kMinSpan);
    m_view.firstRow = 0;
    m_view.rowHeight = defaultRowHeight();
    m_view.minMarkerLanes = 0;
    clampView();
    update();
}

void TimelineView::clampView()
{
    double span = std::clamp(m_view.t1 - m_view.t0, kMinSpan, kMaxSpan);
    m_view.t1 = m_view.t0 + span;
    if (m_view.rowHeight <= 0)
        m_view.rowHeight = defaultRowHeight();
    const double visible = layout().visibleRowCount();
    const double maxFirst = std::max(0.0, double(m_data.rows.size()) - visible + 0.5);
    m_view.firstRow = std::clamp(m_view.firstRow, 0.0, maxFirst);
}

void TimelineView::zoomAt(double factor, double x)
{
    const GanttLayout L = layout();
    const double anchor = L.plot().contains(QPointF(x, L.plot().center().y())) ? L.minutesAt(x) : (m_view.t0 + m_view.t1) / 2;
    const double span = std::clamp((m_view.t1 - m_view.t0) / factor, kMinSpan, kMaxSpan);
    const double share = (anchor - m_view.t0) / (m_view.t1 - m_view.t0);
    m_view.t0 = anchor - share * span;
    m_view.t1 = m_view.t0 + span;
    update();
}

void TimelineView::zoomIn()
{
    zoomAt(1.5, -1);
}

void TimelineView::zoomOut()
{
    zoomAt(1 / 1.5, -1);
}

void TimelineView::panPixels(double dx)
{
    const GanttLayout L = layout();
    const double minutes = dx / L.plot().width() * (m_view.t1 - m_view.t0);
    m_view.t0 -= minutes;
    m_view.t1 -= minutes;
    update();
}

void TimelineView::scrollRows(double rows)
{
    m_view.firstRow += rows;
    clampView();
    update();
}

void TimelineView::ensureVisible(int bar)
{
    if (bar < 0 || bar >= m_data.bars.size())
        return;
    const charts::GanttBar &b = m_data.bars[bar];
    const double visible = layout().visibleRowCount();
    if (b.row < m_view.firstRow)
        m_view.firstRow = b.row - 1;
    else if (b.row + 1 > m_view.firstRow + visible)
        m_view.firstRow = b.row + 2 - visible;
    const double span = m_view.t1 - m_view.t0;
    const double end = b.kind == TaskKind::Task ? b.finish : b.finish + span * 0.02;
    if (b.start < m_view.t0 || end > m_view.t1) {
        if (b.finish - b.start > span * 0.9) {
            m_view.t0 = b.start - span * 0.05;
        } else {
            const double mid = (b.start + b.finish) / 2;
            m_view.t0 = mid - span / 2;
        }
        m_view.t1 = m_view.t0 + span;
    }
    clampView();
}

void TimelineView::selectBar(int bar, bool notify)
{
    if (bar == m_view.selectedBar)
        return;
    m_view.selectedBar = bar;
    ensureVisible(bar);
    update();
    if (notify)
        emit taskSelected(selectedTask());
}

void TimelineView::selectTask(const QString &id)
{
    const int bar = id.isEmpty() ? -1 : m_data.barIndex(id);
    selectBar(bar, false);
    // Already selected: still bring it into view (the runbook asked to show it).
    ensureVisible(bar);
    update();
}

void TimelineView::moveSelection(int step)
{
    if (m_data.bars.isEmpty())
        return;
    int row = m_view.selectedBar >= 0 ? m_data.bars[m_view.selectedBar].row : (step > 0 ? -1 : int(m_data.rows.size()));
    do {
        row += step;
    } while (row >= 0 && row < m_data.rows.size() && m_data.rows[row].kind != GanttRow::Kind::Task);
    if (row >= 0 && row < m_data.rows.size())
        selectBar(m_data.rows[row].bar, true);
}

QString TimelineView::toolTipFor(int bar) const
{
    if (bar < 0 || bar >= m_data.bars.size())
        return {};
    const charts::GanttBar &b = m_data.bars[bar];
    const QString format = QStringLiteral("ddd HH:mm");
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(b.name.toHtmlEscaped(), b.id.toHtmlEscaped());
    const QString kind = b.kind == TaskKind::Gate ? tr("go/no-go gate") : b.kind == TaskKind::Milestone ? tr("milestone") : tr("task");
    lines << tr("%1 · owner %2").arg(kind, b.owner.isEmpty() ? tr("none") : b.owner.toHtmlEscaped());
    if (b.kind == TaskKind::Task)
        lines << tr("%1 – %2 (%3)").arg(locale.toString(m_data.toDateTime(b.start), format), locale.toString(m_data.toDateTime(b.finish), format),
                                        DurationText::format(b.finish - b.start));
    else
        lines << tr("at %1").arg(locale.toString(m_data.toDateTime(b.finish), format));
    lines << (b.critical ? tr("<b>critical</b> (no float)") : tr("float %1").arg(DurationText::format(b.totalFloat)));
    if (std::isfinite(b.p80Finish))
        lines << tr("P80 finish %1").arg(locale.toString(m_data.toDateTime(b.p80Finish), format));
    if (b.marks)
        lines << markNames(b.marks).join(QStringLiteral(", "));
    return lines.join(QStringLiteral("<br>"));
}

void TimelineView::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::GanttViewport v = m_view;
    v.showTitle = true;
    v.showLegend = true;
    v.hoverBar = -1;
    GanttRenderer::paint(painter, rect, m_data, v);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    // The marker-label band only grows while the user pans and zooms (until Whole plan or
    // another plan), so the rows do not jump when a marker scrolls in or out of view.
    const int lanes = layout().markerLabels.laneCount;
    if (lanes > m_view.minMarkerLanes)
        m_view.minMarkerLanes = lanes;
    QPainter p(this);
    charts::GanttViewport v = m_view;
    v.showTitle = false;
    GanttRenderer::paint(&p, QRectF(rect()), m_data, v);
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAt(std::pow(1.0015, delta.y()), event->position().x());
    } else if ((event->modifiers() & Qt::ShiftModifier) || delta.x() != 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panPixels(d / 2.0);
    } else {
        scrollRows(-delta.y() / 40.0);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastPos = event->position().toPoint();
        m_dragging = false;
        setFocus(Qt::MouseFocusReason);
    }
    ChartWidget::mousePressEvent(event);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if ((pos - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            panPixels(pos.x() - m_lastPos.x());
            m_view.firstRow -= (pos.y() - m_lastPos.y()) / m_view.rowHeight;
            clampView();
            m_lastPos = pos;
            return;
        }
    }
    const int hover = layout().barAt(event->position());
    if (hover != m_view.hoverBar) {
        m_view.hoverBar = hover;
        update();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_dragging)
        selectBar(layout().barAt(event->position()), true);
    m_dragging = false;
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double span = m_view.t1 - m_view.t0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        m_view.t0 -= span * 0.1;
        m_view.t1 -= span * 0.1;
        update();
        break;
    case Qt::Key_Right:
        m_view.t0 += span * 0.1;
        m_view.t1 += span * 0.1;
        update();
        break;
    case Qt::Key_Up:
        moveSelection(-1);
        break;
    case Qt::Key_Down:
        moveSelection(1);
        break;
    case Qt::Key_PageUp:
        scrollRows(-layout().visibleRowCount() * 0.9);
        break;
    case Qt::Key_PageDown:
        scrollRows(layout().visibleRowCount() * 0.9);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        selectBar(-1, true);
        break;
    default:
        ChartWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_view.hoverBar != -1) {
        m_view.hoverBar = -1;
        update();
    }
    ChartWidget::leaveEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(layout().barAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return ChartWidget::event(event);
}

} // namespace cutover::views
