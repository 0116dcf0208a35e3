// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteriaboardview.h"

#include <QPainter>

namespace cutover::views {

CriteriaBoardView::CriteriaBoardView(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("criteria"));
    setAccessibleName(tr("Rollback criteria"));
}

void CriteriaBoardView::setPlan(const Plan &plan)
{
    m_data = charts::CriteriaBoardData::build(plan);
    update();
}

void CriteriaBoardView::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::CriteriaBoardRenderer::paint(painter, rect, m_data, true);
}

void CriteriaBoardView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    charts::CriteriaBoardRenderer::paint(&p, QRectF(rect()), m_data, true);
}

} // namespace cutover::views
