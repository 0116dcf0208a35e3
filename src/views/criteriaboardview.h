// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "charts/criteriaboard.h"

namespace cutover::views {

/** Every rollback criterion with its live status, in tiles readable from the back of the room. */
class CriteriaBoardView : public ChartWidget
{
    Q_OBJECT
public:
    explicit CriteriaBoardView(QWidget *parent = nullptr);
    /** Re-evaluates the criteria over the plan's imported data. */
    void setPlan(const Plan &plan);
    const charts::CriteriaBoardData &data() const { return m_data; }
    void paintExport(QPainter *painter, const QRectF &rect) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    charts::CriteriaBoardData m_data;
};

} // namespace cutover::views
