// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QWidget>

class QPainter;

namespace cutover::views {

/**
 * Base of every chart view: paints through a renderer of the charts library and offers
 * "Export chart as PNG/SVG…" in its context menu (and as slots for the main window's menus).
 * The export paints the same renderer, titled, at the widget's size (at least 1280×720).
 */
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartWidget(QWidget *parent = nullptr);

    /** Paints the chart as exported: title, legend, the current zoom. */
    virtual void paintExport(QPainter *painter, const QRectF &rect) const = 0;
    /** Writes the chart to a .png or .svg file; never leaves a half-written file. */
    Status exportTo(const QString &path, const QSize &size) const;
    /** The size an export from the GUI uses. */
    QSize exportSize() const;
    /** Base name suggested in the save dialog, e.g. "timeline". */
    void setExportName(const QString &name) { m_exportName = name; }

public slots:
    void exportPng();
    void exportSvg();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void exportAs(const QString &suffix);
    QString m_exportName = QStringLiteral("chart");
};

} // namespace cutover::views
