// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include "model/plan.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

#include <memory>

class QChart;

namespace cutover::charts {

/** Counts and failing objects of the validation results, for the summary and the bar chart. */
struct ValidationSummary
{
    Q_DECLARE_TR_FUNCTIONS(ValidationSummary)
public:
    struct Failing
    {
        QString object;
        QString check;
        double difference = 0.0;    ///< |difference|; 0 when unknown
        bool differenceKnown = false;
    };

    static ValidationSummary build(const QList<ValidationResult> &results);

    QString title;
    int objects = 0;   ///< distinct objects
    int checks = 0;    ///< result rows
    int passed = 0;
    int failed = 0;
    int unknown = 0;
    QList<Failing> failing; ///< largest |difference| first, unknown differences last
};

/**
 * Summary tiles (objects, passed, failed, unknown; painted, they are not a chart) above a Qt
 * Charts bar chart of the failing checks by |difference|.
 */
class ValidationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ValidationRenderer)
public:
    /**
     * Horizontal bars (hatched) of the failing checks with a numeric difference, largest at the
     * top, as many as fit `size`, each labelled with its value; checks left out and failures
     * without a numeric difference are counted in the axis title. No results: a message.
     */
    static std::unique_ptr<QChart> failingChart(const ValidationSummary &summary, const ChartStyle &style, const QSizeF &size);
    /** The four summary tiles in `rect` (tilesHeight() tall). */
    static void paintTiles(QPainter *p, const QRectF &rect, const ValidationSummary &summary, const ChartStyle &style);
    static double tilesHeight(const ChartStyle &style);
    static void paint(QPainter *p, const QRectF &rect, const ValidationSummary &summary, bool showTitle = true);
};

/**
 * The validation results as a table (object, check, source, target, difference, status).
 * Sort with a QSortFilterProxyModel on SortRole: failed rows sort first by status.
 */
class ValidationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Object, Check, Source, Target, Difference, Status, Tool, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StatusRole };

    explicit ValidationTableModel(QObject *parent = nullptr);
    void setResults(const QList<ValidationResult> &results);
    const QList<ValidationResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Sort rank of a status: failed 0, unknown 1, passed 2. */
    static int statusRank(ValidationStatus s);

private:
    QList<ValidationResult> m_results;
};

} // namespace cutover::charts
