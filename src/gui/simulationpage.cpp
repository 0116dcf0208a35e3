// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationpage.h"

#include "document/document.h"
#include "views/simulationview.h"

#include <QLabel>
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
    connect(m_view, &views::SimulationView::simulationFinished, this, &SimulationPage::resultChanged);
    // A small plan that has been simulated re-runs after every edit even while this page is
    // hidden, so the timeline's P80 ghost bars and the report stay current (off the UI thread).
    connect(document, &Document::scheduleChanged, this, [this] {
        if (!isVisible() && m_view->result() && m_view->rerunsAfterEdits(this->document()->plan().tasks.size()))
            refreshIfStale();
    });
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
    if (isStale() || m_view->isStale() || m_view->isRunning())
        return nullptr;
    return m_view->result();
}

void SimulationPage::refresh()
{
    const Result<Schedule> &schedule = document()->schedule();
    if (!schedule.ok()) {
        m_notice->setText(tr("The plan cannot be scheduled, so it cannot be simulated: %1").arg(schedule.errorString()));
        m_notice->show();
        m_view->setEnabled(false);
        return;
    }
    m_notice->hide();
    m_view->setEnabled(true);
    m_view->setPlan(document()->plan(), schedule.value());
}

} // namespace cutover::gui
