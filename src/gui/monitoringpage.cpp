// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringpage.h"

#include "document/document.h"
#include "icons.h"
#include "views/criteriaboardview.h"
#include "views/monitoringview.h"
#include "views/serieslistwidget.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

MonitoringPage::MonitoringPage(Document *document, QWidget *parent)
    : ChartPage(document, QStringLiteral("monitoring"), parent)
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_lag(new views::MonitoringView)
    , m_series(new views::SeriesListWidget(m_lag))
    , m_board(new views::CriteriaBoardView(m_tabs))
{
    setObjectName(QStringLiteral("monitoringPage"));
    // A choice of series belongs to the plan it was made on.
    connect(document, &Document::planReset, m_lag, &views::MonitoringView::resetSelection);
    // The choice is the Document's, so the report draws what this view draws.
    connect(m_lag, &views::MonitoringView::selectionChanged, this,
            [this] { this->document()->setSeriesSelection(m_lag->seriesSelection()); });
    connect(document, &Document::seriesSelectionChanged, this,
            [this] { m_lag->setSeriesSelection(this->document()->seriesSelection()); });
    m_lag->setExportName(QStringLiteral("lag"));
    m_board->setExportName(QStringLiteral("criteria"));
    m_notice->setObjectName(QStringLiteral("monitoringNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 8, 12, 8);
    m_notice->setText(tr("No monitoring data imported yet. Use File > Import monitoring data… or drop export files "
                         "(Prometheus, Grafana, CloudWatch, Azure Monitor, Log Analytics, CSV) on the window."));
    toolBar()->addAction(Icons::icon(Icons::Action::Import), tr("&Import…"), this, &MonitoringPage::importRequested)->setToolTip(tr("Import monitoring or validation exports"));
    toolBar()->addSeparator();
    QAction *zoomIn = toolBar()->addAction(Icons::icon(Icons::Action::ZoomIn), tr("Zoom &in"), m_lag, &views::MonitoringView::zoomIn);
    QAction *zoomOut = toolBar()->addAction(Icons::icon(Icons::Action::ZoomOut), tr("Zoom &out"), m_lag, &views::MonitoringView::zoomOut);
    QAction *fit = toolBar()->addAction(Icons::icon(Icons::Action::ZoomFit), tr("&Whole range"), m_lag, &views::MonitoringView::fitAll);
    zoomIn->setToolTip(tr("Zoom in (+ or Ctrl+wheel)"));
    zoomOut->setToolTip(tr("Zoom out (− or Ctrl+wheel)"));
    fit->setToolTip(tr("Show all imported data (Home)"));
    addExportActions();
    m_tabs->setDocumentMode(true);
    auto *split = new QSplitter(Qt::Horizontal, m_tabs);
    split->setObjectName(QStringLiteral("lagSplitter"));
    split->addWidget(m_lag);
    split->addWidget(m_series);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setCollapsible(0, false);
    m_tabs->addTab(split, tr("Lag chart"));
    m_tabs->addTab(m_board, tr("Criteria board"));
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [zoomIn, zoomOut, fit](int index) {
        for (QAction *action : {zoomIn, zoomOut, fit})
            action->setEnabled(index == 0);
    });
}

views::ChartWidget *MonitoringPage::chart() const
{
    return m_tabs->currentIndex() == 0 ? static_cast<views::ChartWidget *>(m_lag) : m_board;
}

void MonitoringPage::refresh()
{
    const Plan &plan = document()->plan();
    m_notice->setVisible(plan.series.isEmpty());
    const Result<Schedule> &schedule = document()->schedule();
    // The Document's choice first: after a reset the view must not push its old one back.
    m_lag->setSeriesSelection(document()->seriesSelection());
    m_lag->setPlan(plan, schedule.ok() ? &schedule.value() : nullptr);
    m_board->setPlan(plan);
}

} // namespace cutover::gui
