// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpage.h"

#include "document/document.h"
#include "icons.h"
#include "views/chartwidget.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

namespace cutover::gui {

ChartPage::ChartPage(Document *document, const QString &exportName, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_exportName(exportName)
    , m_toolBar(new QToolBar(this))
    , m_layout(new QVBoxLayout(this))
    , m_exportPng(new QAction(tr("Export &PNG…"), this))
    , m_exportSvg(new QAction(tr("Export &SVG…"), this))
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_toolBar);
    m_exportPng->setIcon(Icons::icon(Icons::Action::Export));
    m_exportSvg->setIcon(Icons::icon(Icons::Action::Export));
    m_exportPng->setToolTip(tr("Save the chart as a PNG image"));
    m_exportSvg->setToolTip(tr("Save the chart as an SVG drawing"));
    connect(m_exportPng, &QAction::triggered, this, [this] {
        refreshIfStale();
        if (views::ChartWidget *c = chart())
            c->exportPng();
    });
    connect(m_exportSvg, &QAction::triggered, this, [this] {
        refreshIfStale();
        if (views::ChartWidget *c = chart())
            c->exportSvg();
    });
    connect(m_document, &Document::scheduleChanged, this, &ChartPage::invalidate);
    connect(m_document, &Document::planReset, this, &ChartPage::invalidate);
}

void ChartPage::addExportActions()
{
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportPng);
    m_toolBar->addAction(m_exportSvg);
}

void ChartPage::invalidate()
{
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

void ChartPage::refreshIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    refresh();
}

void ChartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfStale();
}

void ChartPage::exportChartAs()
{
    refreshIfStale();
    views::ChartWidget *c = chart();
    if (!c)
        return;
    const QString planPath = m_document->filePath();
    const QDir dir = planPath.isEmpty() ? QDir::home() : QFileInfo(planPath).dir();
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), dir.filePath(m_exportName + QStringLiteral(".png")),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"png" && suffix != u"svg")
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const Status status = c->exportTo(path, c->exportSize());
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Export chart"), status.errorString());
        return;
    }
    emit statusMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace cutover::gui
