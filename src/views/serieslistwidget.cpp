// SPDX-License-Identifier: GPL-3.0-or-later
#include "serieslistwidget.h"

#include "charts/chartstyle.h"
#include "monitoringview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover::views {

namespace {

/** The legend's swatch: the series' colour and dash on a short line; blank (same size) for -1. */
QIcon swatch(int colorIndex, qreal dpr)
{
    const QSize size(28, 14);
    QPixmap pixmap(size * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    if (colorIndex < 0)
        return QIcon(pixmap);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(charts::ChartStyle::seriesColor(colorIndex), 2.5, charts::ChartStyle::seriesDash(colorIndex), Qt::FlatCap));
    p.drawLine(QPointF(1, size.height() / 2.0), QPointF(size.width() - 1, size.height() / 2.0));
    return QIcon(pixmap);
}

} // namespace

SeriesListWidget::SeriesListWidget(MonitoringView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_list(new QListWidget(this))
    , m_all(new QPushButton(tr("Show &all"), this))
    , m_criterion(new QPushButton(tr("Only with a &criterion"), this))
{
    setObjectName(QStringLiteral("seriesList"));
    m_list->setObjectName(QStringLiteral("seriesListItems"));
    m_list->setAccessibleName(tr("Series drawn on the lag chart"));
    m_list->setIconSize(QSize(28, 14));
    m_list->setUniformItemSizes(true);
    // Disambiguated labels differ at their end ("· metric", "· file"): keep both ends.
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // elide; the tooltip has the whole name
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    m_all->setToolTip(tr("Draw every imported series"));
    m_criterion->setToolTip(tr("Draw only the series a rollback criterion watches"));
    auto *heading = new QLabel(tr("Series"), this);
    heading->setBuddy(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_criterion);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_all, &QPushButton::clicked, m_view, &MonitoringView::showAllSeries);
    connect(m_criterion, &QPushButton::clicked, m_view, &MonitoringView::showCriterionSeries);
    connect(m_view, &MonitoringView::selectionChanged, this, &SeriesListWidget::rebuild);
    connect(m_list, &QListWidget::itemChanged, this, &SeriesListWidget::itemChanged);
    rebuild();
}

QSize SeriesListWidget::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 40, QWidget::sizeHint().height());
}

void SeriesListWidget::rebuild()
{
    m_updating = true;
    const charts::LagChartData &all = m_view->allData();
    const QList<int> selected = m_view->selectedSeries();
    const charts::LagChartData &drawn = m_view->data();
    const QList<int> bound = all.criterionSeries();
    const qreal dpr = devicePixelRatioF();
    // Reuse the items while the series are the same (only the check marks change).
    if (m_list->count() != all.series.size())
        m_list->clear();
    for (qsizetype i = 0; i < all.series.size(); ++i) {
        const charts::LagSeries &s = all.series[i];
        QListWidgetItem *item = m_list->item(int(i));
        if (!item) {
            item = new QListWidgetItem(m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        }
        QString text = s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit);
        item->setText(text);
        QFont font = m_list->font();
        font.setBold(bound.contains(int(i))); // the series that matter in a go/no-go discussion
        item->setFont(font);
        // The swatch of the drawn line (colours are dealt to the drawn series); none while hidden.
        const qsizetype at = selected.indexOf(int(i));
        item->setIcon(at >= 0 && at < drawn.series.size() ? swatch(drawn.series[at].colorIndex, dpr) : swatch(-1, dpr));
        QString tip = tr("%1\nMetric: %2").arg(s.name, s.metric);
        if (!s.source.isEmpty())
            tip += tr("\nImported from: %1").arg(s.source);
        if (bound.contains(int(i)))
            tip += tr("\nWatched by a rollback criterion");
        item->setToolTip(tip);
        item->setCheckState(selected.contains(int(i)) ? Qt::Checked : Qt::Unchecked);
    }
    m_criterion->setEnabled(!bound.isEmpty());
    m_all->setEnabled(!all.series.isEmpty());
    m_updating = false;
}

void SeriesListWidget::itemChanged(QListWidgetItem *)
{
    if (m_updating)
        return;
    QList<int> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(i);
    }
    m_view->setSelectedSeries(checked);
}

} // namespace cutover::views
