// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpage.h"

class QLabel;

namespace cutover::views {
class ValidationView;
} // namespace cutover::views

namespace cutover::gui {

/** The imported data-integrity results: table (failed first), filters, summary, bar chart. */
class ValidationPage : public ChartPage
{
    Q_OBJECT
public:
    explicit ValidationPage(Document *document, QWidget *parent = nullptr);

    views::ChartWidget *chart() const override;
    views::ValidationView *view() const { return m_view; }
    QLabel *notice() const { return m_notice; }

signals:
    void importRequested();

protected:
    void refresh() override;

private:
    QLabel *m_notice;
    views::ValidationView *m_view;
};

} // namespace cutover::gui
