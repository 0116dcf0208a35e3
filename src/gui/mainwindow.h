// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QSplitter;
class QStackedWidget;
class QUndoView;

namespace cutover {
class Autosaver;
class Document;
} // namespace cutover

namespace cutover::gui {

class ChartPage;
class FileActions;
class HypercarePage;
class ImportActions;
class MonitoringPage;
class OverviewPage;
class ReportActions;
class ReviewActions;
class MessageBanner;
class PresenterWindow;
class RollbackPage;
class RunbookView;
class SectionTableView;
class ProblemsPanel;
class SimulationPage;
class TimelinePage;
class ValidationPage;

/**
 * The planner's desktop: navigation between the plan's areas on the left, the area's view on
 * the right, the File/Edit/View/Help menus, an undo history, drag-and-drop opening. It owns
 * the one Document it shows (New and Open replace the plan inside it).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Overview, Runbook, Timeline, Simulation, Rollback, Monitoring, Validation, Readiness, Decisions, Hypercare, PageCount };
    Q_ENUM(Page)

    /** `recoveryDirectory` empty: Autosaver::defaultDirectory(). */
    explicit MainWindow(const QString &recoveryDirectory = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    FileActions *fileActions() const { return m_fileActions; }
    Autosaver *autosaver() const { return m_autosaver; }
    RunbookView *runbookView() const { return m_runbook; }
    OverviewPage *overviewPage() const { return m_overview; }
    RollbackPage *rollbackPage() const { return m_rollback; }
    TimelinePage *timelinePage() const { return m_timeline; }
    SimulationPage *simulationPage() const { return m_simulation; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    MonitoringPage *monitoringPage() const { return m_monitoring; }
    ValidationPage *validationPage() const { return m_validation; }
    ImportActions *importActions() const { return m_importActions; }
    ReportActions *reportActions() const { return m_reportActions; }
    ReviewActions *reviewActions() const { return m_reviewActions; }
    MessageBanner *reviewBanner() const { return m_reviewBanner; }
    /** Enters presenter mode (View > Present, F5); the window closes itself on Esc. */
    PresenterWindow *present();
    PresenterWindow *presenter() const;
    /** File > Export chart…: enabled on the pages that show a chart. */
    QAction *exportChartAction() const { return m_exportChart; }
    QListWidget *navigation() const { return m_navigation; }
    QWidget *page(Page page) const;
    void showPage(Page page);

    /** Offers to recover autosaved plans of crashed sessions (a dialog per file). */
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void readSettings();
    void writeSettings() const;
    void showPreferences();
    void showAbout();
    void connectSelection();
    ChartPage *currentChartPage() const;

    Document *m_document;
    Autosaver *m_autosaver;
    FileActions *m_fileActions;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    RunbookView *m_runbook;
    RollbackPage *m_rollback;
    SimulationPage *m_simulation;
    TimelinePage *m_timeline;
    MonitoringPage *m_monitoring;
    ValidationPage *m_validation;
    ImportActions *m_importActions;
    ReportActions *m_reportActions;
    ReviewActions *m_reviewActions = nullptr;
    MessageBanner *m_reviewBanner = nullptr;
    QPointer<PresenterWindow> m_presenter;
    QAction *m_exportChart = nullptr;
    SectionTableView *m_readiness;
    SectionTableView *m_decisions;
    HypercarePage *m_hypercare;
    QDockWidget *m_historyDock;
    QUndoView *m_history;
    QDockWidget *m_problemsDock;
    ProblemsPanel *m_problems;
};

} // namespace cutover::gui
