// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartwidget.h"

#include "charts/chartexport.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

#include <algorithm>

namespace cutover::views {

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 200);
}

QSize ChartWidget::exportSize() const
{
    return QSize(std::max(width(), 1280), std::max(height(), 720));
}

Status ChartWidget::exportTo(const QString &path, const QSize &size) const
{
    return charts::ChartExport::save(path, size, [this](QPainter *p, const QRectF &r) { paintExport(p, r); });
}

void ChartWidget::exportPng()
{
    exportAs(QStringLiteral("png"));
}

void ChartWidget::exportSvg()
{
    exportAs(QStringLiteral("svg"));
}

void ChartWidget::exportAs(const QString &suffix)
{
    const QString filter = suffix == u"png" ? tr("PNG image (*.png)") : tr("SVG image (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QDir::home().filePath(m_exportName + QLatin1Char('.') + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    const Status status = exportTo(path, exportSize());
    if (!status.ok())
        QMessageBox::warning(this, tr("Export chart"), status.errorString());
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Export chart as PNG…"), this, &ChartWidget::exportPng);
    menu.addAction(tr("Export chart as SVG…"), this, &ChartWidget::exportSvg);
    menu.exec(event->globalPos());
}

} // namespace cutover::views
