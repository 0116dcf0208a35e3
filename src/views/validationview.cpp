// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationview.h"
#include "headerfit.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cutover::views {

namespace {

/** Text over object and check, and a status filter. */
class ValidationFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setStatus(int status)
    {
        m_status = status;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m_status >= 0 && m->index(row, 0, parent).data(charts::ValidationTableModel::StatusRole).toInt() != m_status)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c : { int(charts::ValidationTableModel::Object), int(charts::ValidationTableModel::Check) }) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_status = -1;
    QString m_text;
};

} // namespace

ValidationChartWidget::ValidationChartWidget(QWidget *parent) : ChartWidget(parent)
{
    setExportName(QStringLiteral("validation"));
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(charts::ChartStyle::background()); // around the chart's inset background
    rebuild();
}

void ValidationChartWidget::setSummary(const charts::ValidationSummary &summary)
{
    m_summary = summary;
    rebuild();
    update();
}

void ValidationChartWidget::paintExport(QPainter *painter, const QRectF &rect) const
{
    charts::ValidationRenderer::paint(painter, rect, m_summary, true);
}

QRectF ValidationChartWidget::tilesRect() const
{
    const charts::ChartStyle style = charts::ChartStyle::forSize(size());
    const QRectF body = QRectF(rect()).adjusted(style.margin, style.margin, -style.margin, -style.margin);
    return m_summary.checks > 0 ? QRectF(body.left(), body.top(), body.width(), charts::ValidationRenderer::tilesHeight(style)) : QRectF();
}

void ValidationChartWidget::rebuild()
{
    const charts::ChartStyle style = charts::ChartStyle::forSize(size());
    QRectF body = QRectF(rect()).adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (m_summary.checks > 0)
        body.setTop(tilesRect().bottom() + style.fontPx * 0.6);
    m_view->setGeometry(body.toAlignedRect());
    QChart *old = m_view->chart();
    m_view->setChart(charts::ValidationRenderer::failingChart(m_summary, style, m_view->size()).release());
    delete old;
    // Hover: the check and its values.
    const QList<QAbstractSeries *> series = m_view->chart()->series();
    for (QAbstractSeries *s : series) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            const int rows = int(set->count());
            connect(set, &QBarSet::hovered, m_view, [this, rows](bool state, int index) {
                if (!state) {
                    QToolTip::hideText();
                    return;
                }
                // Bars count upwards; the summary's failing checks with a numeric difference, largest first.
                int row = rows - 1 - index;
                for (const charts::ValidationSummary::Failing &f : std::as_const(m_summary.failing)) {
                    if (!f.differenceKnown)
                        continue;
                    if (row-- == 0) {
                        QToolTip::showText(QCursor::pos(), tr("%1 · %2: difference %3").arg(f.object, f.check, QLocale().toString(f.difference, 'g', 12)));
                        break;
                    }
                }
            });
        }
    }
}

void ValidationChartWidget::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    rebuild();
}

void ValidationChartWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), charts::ChartStyle::background());
    if (m_summary.checks > 0)
        charts::ValidationRenderer::paintTiles(&p, tilesRect(), m_summary, charts::ChartStyle::forSize(size()));
}

ValidationView::ValidationView(QWidget *parent) : QWidget(parent)
{
    m_model = new charts::ValidationTableModel(this);
    auto *proxy = new ValidationFilterModel(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(charts::ValidationTableModel::SortRole);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter objects…"));
    m_filter->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->addItem(tr("All results"), -1);
    m_status->addItem(tr("Failed"), int(ValidationStatus::Failed));
    m_status->addItem(tr("Unknown"), int(ValidationStatus::Unknown));
    m_status->addItem(tr("Passed"), int(ValidationStatus::Passed));
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(charts::ValidationTableModel::Status, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    fitHeaderTitles(m_table->horizontalHeader());

    m_chart = new ValidationChartWidget(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    top->addWidget(m_summary, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this] { applyFilter(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
}

void ValidationView::applyFilter()
{
    auto *proxy = static_cast<ValidationFilterModel *>(m_proxy);
    proxy->setText(m_filter->text().trimmed());
    proxy->setStatus(m_status->currentData().toInt());
}

QString ValidationView::summaryText() const
{
    return m_summary->text();
}

void ValidationView::setResults(const QList<ValidationResult> &results, const QString &title)
{
    m_model->setResults(results);
    charts::ValidationSummary s = charts::ValidationSummary::build(results);
    s.title = title;
    m_summary->setText(tr("%1 objects · %2 passed · %3 failed · %4 unknown").arg(s.objects).arg(s.passed).arg(s.failed).arg(s.unknown));
    m_chart->setSummary(s);
    m_table->resizeColumnsToContents();
}

} // namespace cutover::views
