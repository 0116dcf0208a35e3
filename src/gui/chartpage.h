// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QToolBar;
class QVBoxLayout;

namespace cutover {
class Document;
} // namespace cutover

namespace cutover::views {
class ChartWidget;
} // namespace cutover::views

namespace cutover::gui {

/**
 * Base of the pages that show a chart view fed from the Document: a tool bar (the page's own
 * actions, then Export PNG…/SVG…) above the view. After a change of the plan only the visible
 * page refreshes; hidden pages remember that they are stale and refresh when shown.
 */
class ChartPage : public QWidget
{
    Q_OBJECT
public:
    ChartPage(Document *document, const QString &exportName, QWidget *parent = nullptr);

    /** The chart Export PNG/SVG writes (the one on screen). */
    virtual views::ChartWidget *chart() const = 0;
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    /** Whether the page has not yet shown the latest plan. */
    bool isStale() const { return m_stale; }
    /** Brings the page up to date now if it is stale (e.g. before exporting). */
    void refreshIfStale();
    /** The plan (or something the page shows) changed: refresh now if visible, else when shown. */
    void invalidate();
    /** Asks for a .png or .svg file and writes the chart there (File > Export chart…). */
    void exportChartAs();

signals:
    void statusMessage(const QString &text);

protected:
    /** Feeds the view from the document's current plan and schedule. */
    virtual void refresh() = 0;
    Document *document() const { return m_document; }
    QVBoxLayout *contentLayout() const { return m_layout; }
    /** Adds the export actions at the end of the tool bar; call after adding the page's actions. */
    void addExportActions();
    void showEvent(QShowEvent *event) override;

private:

    Document *m_document;
    QString m_exportName;
    QToolBar *m_toolBar;
    QVBoxLayout *m_layout;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    bool m_stale = true;
};

} // namespace cutover::gui
