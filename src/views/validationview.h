// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartwidget.h"

#include "charts/validationchart.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cutover::views {

/** The summary tiles (painted) over a QChartView of the failing checks' bars, with hover tooltips. */
class ValidationChartWidget : public ChartWidget
{
    Q_OBJECT
public:
    explicit ValidationChartWidget(QWidget *parent = nullptr);
    void setSummary(const charts::ValidationSummary &summary);
    const charts::ValidationSummary &summary() const { return m_summary; }
    void paintExport(QPainter *painter, const QRectF &rect) const override;
    QChartView *view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF tilesRect() const;
    void rebuild();

    charts::ValidationSummary m_summary;
    QChartView *m_view = nullptr;
};

/**
 * Validation results: a table per object (source, target, difference, status) sorted failed
 * first, filtered by text and status, beside the summary and bar chart of failing objects.
 */
class ValidationView : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationView(QWidget *parent = nullptr);
    void setResults(const QList<ValidationResult> &results, const QString &title = {});

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    ValidationChartWidget *chart() const { return m_chart; }
    QString summaryText() const;

private:
    void applyFilter();

    charts::ValidationTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    ValidationChartWidget *m_chart = nullptr;
};

} // namespace cutover::views
