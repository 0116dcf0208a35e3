// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationpage.h"

#include "document/document.h"
#include "icons.h"
#include "views/simulationview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover::gui {

SimulationPage::SimulationPage(Document *document, QWidget *parent)
    : ChartPage(document, QStringLiteral("simulation"), parent)
    , m_notice(new QLabel(this))
    , m_view(new views::SimulationView(this))
{
    setObjectName(QStringLiteral("simulationPage"));
    m_notice->setObjectName(QStringLiteral("simulationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 8, 12, 8);
    m_notice->hide();
    addExportActions();
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_view, 1);
    // The simulation is the document's analysis's: a small plan that has been simulated re-runs
    // after every edit there even while this page is hidden, so the timeline's P80 ghost bars
    // and the report stay current.
    m_view->setAnalysis(document->analysis());
    m_view->runButton()->setIcon(Icons::icon(Icons::Action::Run)); // the views library knows no icons
    connect(m_view, &views::SimulationView::simulationFinished, this, &SimulationPage::resultChanged);
    connect(m_view, &views::SimulationView::simulationFailed, this, [this](const QString &message) {
        emit statusMessage(tr("Simulation failed: %1").arg(message));
    });
}

views::ChartWidget *SimulationPage::chart() const
{
    return m_view->chart();
}

const SimulationResult *SimulationPage::currentResult() const
{
    return document()->analysis()->currentSimulation();
}

void SimulationPage::refresh()
{
    const PlanSummary &summary = document()->analysis()->summary();
    if (summary.verdictWithheld()) {
        m_notice->setText(tr("The plan is not simulated (%1). Fix it in the Problems panel.").arg(summary.withheldReason));
        m_notice->show();
        m_view->setEnabled(false);
        return;
    }
    m_notice->hide();
    m_view->setEnabled(true);
    m_view->planShown();
}

} // namespace cutover::gui
