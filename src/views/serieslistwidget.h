// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cutover::views {

class MonitoringView;

/**
 * The series of a MonitoringView as a checkable list beside the chart, each with the swatch the
 * legend uses, plus "Show all" and "Only with a criterion", so a meeting can focus on the
 * series that matter. Checking an item draws it; the view (and its export) follow the list.
 */
class SeriesListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SeriesListWidget(MonitoringView *view, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *showAllButton() const { return m_all; }
    QPushButton *criterionButton() const { return m_criterion; }
    /** Narrow by default (the chart gets the room); the user can widen it in the splitter. */
    QSize sizeHint() const override;

private:
    void rebuild();
    void itemChanged(QListWidgetItem *item);

    MonitoringView *m_view;
    QListWidget *m_list;
    QPushButton *m_all;
    QPushButton *m_criterion;
    bool m_updating = false;
};

} // namespace cutover::views
