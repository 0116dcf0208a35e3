// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationpage.h"

#include "document/document.h"
#include "icons.h"
#include "views/validationview.h"

#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

ValidationPage::ValidationPage(Document *document, QWidget *parent)
    : ChartPage(document, QStringLiteral("validation"), parent)
    , m_notice(new QLabel(this))
    , m_view(new views::ValidationView(this))
{
    setObjectName(QStringLiteral("validationPage"));
    m_view->chart()->setExportName(QStringLiteral("validation"));
    m_notice->setObjectName(QStringLiteral("validationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(12, 8, 12, 8);
    m_notice->setText(tr("No validation results imported yet. Use File > Import monitoring data… with a Data Validation "
                         "Tool, pt-table-checksum, AWS DMS or Azure DMS export."));
    toolBar()->addAction(Icons::icon(Icons::Action::Import), tr("&Import…"), this, &ValidationPage::importRequested)->setToolTip(tr("Import monitoring or validation exports"));
    addExportActions();
    contentLayout()->addWidget(m_notice);
    contentLayout()->addWidget(m_view, 1);
}

views::ChartWidget *ValidationPage::chart() const
{
    return m_view->chart();
}

void ValidationPage::refresh()
{
    const Plan &plan = document()->plan();
    m_notice->setVisible(plan.validation.isEmpty());
    m_view->setResults(plan.validation, plan.name);
}

} // namespace cutover::gui
