// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspanel.h"

#include "analysis/verdictguard.h"
#include "document/document.h"
#include "lint/planlinter.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cutover::gui {

namespace {
constexpr int kIdsRole = Qt::UserRole + 1;
} // namespace

ProblemsPanel::ProblemsPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Severity"), tr("Code"), tr("Concerns"), tr("Problem")});
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Problems"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemClicked, this, &ProblemsPanel::activated);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::activated);
    // Every edit (not a finished simulation) may change the findings.
    connect(document->analysis(), &PlanAnalysis::changed, this, [this](PlanAnalysis::Inputs what) {
        if (what != PlanAnalysis::Inputs(PlanAnalysis::Simulation))
            refresh();
    });
    refresh();
}

QString ProblemsPanel::title() const
{
    if (m_errors == 0 && m_warnings == 0)
        return tr("Problems");
    return tr("Problems (%1, %2)").arg(tr("%n error(s)", nullptr, m_errors), tr("%n warning(s)", nullptr, m_warnings));
}

void ProblemsPanel::refresh()
{
    const Plan &plan = m_document->plan();
    const QList<PlanIssue> &findings = m_document->analysis()->findings();
    m_list->clear();
    m_errors = 0;
    m_warnings = 0;
    QList<QTreeWidgetItem *> items;
    // Errors first, then warnings, each in plan order (as `check` prints them).
    for (const PlanIssue::Severity severity : {PlanIssue::Severity::Error, PlanIssue::Severity::Warning}) {
        for (const PlanIssue &f : findings) {
            if (f.severity != severity)
                continue;
            const bool error = severity == PlanIssue::Severity::Error;
            (error ? m_errors : m_warnings) += 1;
            auto *item = new QTreeWidgetItem({error ? tr("error") : tr("warning"), f.code, PlanLinter::subject(f, plan), f.message});
            item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
            item->setData(0, kIdsRole, f.ids);
            item->setToolTip(3, f.message);
            if (VerdictGuard::withholds(f))
                item->setToolTip(0, tr("This error withholds the verdict: no fit, downtime or margin is shown until it is fixed."));
            items.append(item);
        }
    }
    m_list->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    const PlanSummary &summary = m_document->analysis()->summary();
    if (summary.verdictWithheld())
        m_summary->setText(tr("No verdict: %1").arg(summary.withheldReason));
    else if (findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(m_errors == 0 ? tr("The figures are computed: warnings do not withhold the verdict.")
                                         : tr("The figures are computed: these errors do not withhold the verdict."));
    emit titleChanged(title());
}

void ProblemsPanel::activated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QStringList ids = item->data(0, kIdsRole).toStringList();
    for (const QString &id : ids) {
        if (m_document->plan().taskIndex(id) >= 0) {
            emit taskRequested(id);
            return;
        }
    }
}

} // namespace cutover::gui
