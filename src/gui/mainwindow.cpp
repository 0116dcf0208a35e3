// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/autosaver.h"
#include "document/document.h"
#include "document/sectionadapters.h"
#include "fileactions.h"
#include "hypercarepage.h"
#include "icons.h"
#include "overviewpage.h"
#include "importactions.h"
#include "monitoringpage.h"
#include "preferencesdialog.h"
#include "presenterwindow.h"
#include "messagebanner.h"
#include "reportactions.h"
#include "reviewactions.h"
#include "rollbackpage.h"
#include "runbookview.h"
#include "sectiontableview.h"
#include "problemspanel.h"
#include "simulationpage.h"
#include "timelinepage.h"
#include "validationpage.h"
#include "views/monitoringview.h"
#include "views/timelineview.h"
#include "workbench/planio.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace cutover::gui {

MainWindow::MainWindow(const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document({}, this))
    , m_autosaver(new Autosaver(m_document, recoveryDirectory.isEmpty() ? Autosaver::defaultDirectory() : recoveryDirectory, this))
    , m_fileActions(new FileActions(this, m_document, m_autosaver, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_overview(new OverviewPage(m_document, this))
    , m_runbook(new RunbookView(m_document, this))
    , m_rollback(new RollbackPage(m_document, this))
    , m_simulation(new SimulationPage(m_document, this))
    , m_timeline(new TimelinePage(m_document, this))
    , m_monitoring(new MonitoringPage(m_document, this))
    , m_validation(new ValidationPage(m_document, this))
    , m_importActions(new ImportActions(this, m_document, this))
    , m_reportActions(new ReportActions(this, m_document, this))
    , m_readiness(new SectionTableView(tr("Readiness checklist"), m_document, SectionAdapters::readiness(), this))
    , m_decisions(new SectionTableView(tr("Go/no-go decisions"), m_document, SectionAdapters::decisions(), this))
    , m_hypercare(new HypercarePage(m_document, this))
    , m_historyDock(new QDockWidget(tr("Undo history"), this))
    , m_history(new QUndoView(m_document->undoStack(), m_historyDock))
    , m_problemsDock(new QDockWidget(tr("Problems"), this))
    , m_problems(new ProblemsPanel(m_document, m_problemsDock))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    const QList<std::pair<QString, QWidget *>> pages = {
        {tr("Overview"), m_overview},
        {tr("Runbook"), m_runbook},
        {tr("Timeline"), m_timeline},
        {tr("Simulation"), m_simulation},
        {tr("Rollback & criteria"), m_rollback},
        {tr("Monitoring"), m_monitoring},
        {tr("Validation"), m_validation},
        {tr("Readiness"), m_readiness},
        {tr("Decisions"), m_decisions},
        {tr("Hypercare"), m_hypercare},
    };
    const int itemHeight = m_navigation->fontMetrics().height() + 12;
    for (const auto &[title, widget] : pages) {
        auto *item = new QListWidgetItem(title, m_navigation);
        item->setSizeHint(QSize(0, itemHeight));
        m_pages->addWidget(widget);
    }
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Plan areas"));
    int widest = 0;
    for (const auto &[title, widget] : pages)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(title));
    m_navigation->setMinimumWidth(widest + 40); // the longest title in this language
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_navigation->setSpacing(3);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({m_navigation->minimumWidth(), 1400});
    // The review banner above everything: an approved plan that an edit returned to review.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_reviewBanner = new MessageBanner(central);
    m_reviewBanner->setObjectName(QStringLiteral("reviewBanner"));
    centralLayout->addWidget(m_reviewBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    m_reviewActions = new ReviewActions(this, m_document, this);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(Overview);

    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_history->setEmptyLabel(tr("<opened plan>"));
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    // The check findings, live; picking one selects its task in the runbook.
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setWindowTitle(m_problems->title());
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    // A strip under the pages, not a third of the window: the findings list scrolls.
    resizeDocks({m_problemsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
    connect(m_problems, &ProblemsPanel::titleChanged, m_problemsDock, &QDockWidget::setWindowTitle);
    connect(m_problems, &ProblemsPanel::taskRequested, this, [this](const QString &id) {
        const qsizetype row = m_document->plan().taskIndex(id);
        if (row < 0)
            return;
        showPage(Runbook);
        m_runbook->selectRows({int(row)});
    });

    createMenus();
    auto toStatusBar = [this](auto *source) {
        using Source = std::remove_pointer_t<decltype(source)>;
        connect(source, &Source::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    };
    toStatusBar(m_overview);
    toStatusBar(m_runbook);
    toStatusBar(m_rollback);
    toStatusBar(m_readiness);
    toStatusBar(m_decisions);
    toStatusBar(m_hypercare);
    toStatusBar(m_fileActions);
    toStatusBar(m_timeline);
    toStatusBar(m_simulation);
    toStatusBar(m_monitoring);
    toStatusBar(m_validation);
    toStatusBar(m_importActions);
    toStatusBar(m_reportActions);
    toStatusBar(m_reviewActions);
    connect(m_monitoring, &MonitoringPage::importRequested, m_importActions, &ImportActions::chooseFiles);
    connect(m_validation, &ValidationPage::importRequested, m_importActions, &ImportActions::chooseFiles);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] { m_exportChart->setEnabled(currentChartPage() != nullptr); });
    m_exportChart->setEnabled(currentChartPage() != nullptr);
    connectSelection();
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(reason));
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::readOnlyChanged, this, &MainWindow::updateTitle);
    // Document::push() refused an edit: say why here, once, whichever view tried it.
    connect(m_document, &Document::editRefused, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("Not changed: %1").arg(reason), 10000);
    });
    connect(m_document, &Document::planPropertyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::approvalWithdrawn, this, [this](const QString &baseline) {
        m_reviewBanner->showError(tr("This plan was approved as of baseline “%1”. The edit returned it to "
                                     "In review; it needs a new approval (Plan > Approve). Undo takes the edit back.")
                                      .arg(baseline));
    });
    connect(m_document, &Document::planPropertyChanged, this, [this](Document::PlanProperty property) {
        if (property == Document::PlanProperty::Status && m_document->plan().status != PlanStatus::InReview)
            m_reviewBanner->clearMessage();
    });
    connect(m_document, &Document::planReset, m_reviewBanner, &MessageBanner::clearMessage);
    connect(m_document, &Document::planReset, this, &MainWindow::updateTitle);
    readSettings();
    updateTitle();
    statusBar()->showMessage(tr("Ready"), 3000);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::page(Page page) const
{
    return m_pages->widget(page);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->populateMenu(file);
    file->addSeparator();
    file->addAction(m_importActions->importAction());
    m_exportChart = file->addAction(tr("Export &chart…"), this, [this] {
        if (ChartPage *chartPage = currentChartPage())
            chartPage->exportChartAs();
    });
    m_exportChart->setObjectName(QStringLiteral("exportChart"));
    m_exportChart->setIcon(Icons::icon(Icons::Action::Export));
    m_exportChart->setStatusTip(tr("Save the chart on screen as a PNG or SVG image"));
    file->addAction(m_reportActions->exportPdfAction());
    file->addAction(m_reportActions->printPreviewAction());
    file->addAction(m_reportActions->printAction());
    file->addSeparator();
    file->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &MainWindow::showPreferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    undo->setIcon(Icons::icon(Icons::Action::Undo));
    redo->setIcon(Icons::icon(Icons::Action::Redo));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const QList<QAction *> runbookActions = m_runbook->editActions();
    QMenu *runbook = edit->addMenu(tr("Run&book"));
    runbook->addActions(runbookActions);

    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    planMenu->setObjectName(QStringLiteral("planMenu"));
    m_reviewActions->populateMenu(planMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    view->addAction(history);
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(problems);
    QAction *present = view->addAction(tr("P&resent"), this, &MainWindow::present);
    present->setObjectName(QStringLiteral("presentAction"));
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Full screen, large type, high contrast, for the review meeting (Esc leaves)"));
    view->addSeparator();
    for (int i = 0; i < PageCount; ++i) {
        // A page title is plain text: "Rollback & criteria" must not make "c" a mnemonic.
        QString text = m_navigation->item(i)->text();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *go = view->addAction(text, this, [this, i] { showPage(Page(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Cutover Planner"), this, &MainWindow::showAbout);

    // The main tool bar: the File and Edit actions used most, icons only (their texts are the tips).
    QToolBar *main = addToolBar(tr("Main tool bar"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->setMovable(false);
    main->addAction(file->findChild<QAction *>(QStringLiteral("openAction")));
    main->addAction(file->findChild<QAction *>(QStringLiteral("saveAction")));
    main->addSeparator();
    main->addAction(undo);
    main->addAction(redo);
    main->addSeparator();
    main->addAction(m_importActions->importAction());
    main->addAction(m_reportActions->exportPdfAction());
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    QString name = path.isEmpty() ? m_document->plan().name : QFileInfo(path).fileName();
    if (name.isEmpty())
        name = tr("Untitled plan");
    QString title = name + QStringLiteral("[*]");
    if (m_document->isReadOnly())
        title += QLatin1Char(' ') + tr("(read-only)");
    setWindowTitle(title);
    setWindowModified(m_document->isModified());
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryFile> files = Autosaver::recoverable(m_autosaver->recoveryPath().section(QLatin1Char('/'), 0, -2));
    for (const RecoveryFile &file : files) {
        const QString what = file.originalPath.isEmpty() ? tr("an unsaved new plan") : QFileInfo(file.originalPath).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("Cutover Planner did not close properly. Unsaved changes to %1 from %2 were kept.")
                            .arg(what, file.savedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        QMessageBox::NoButton, this);
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == recover) {
            if (m_fileActions->recover(file))
                return; // one plan per window; further files stay for the next start
        } else if (box.clickedButton() == discard) {
            Autosaver::remove(file);
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_fileActions->maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_fileActions->closing();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Monitoring and validation exports (recognised by content, so a Prometheus .json is not
    // taken for a plan) go to the import dialog together; otherwise the first plan opens.
    QStringList exports;
    QString plan;
    const auto urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (ImportActions::isExportFile(path))
            exports << path;
        else if (plan.isEmpty() && PlanIo::kindOf(path) != PlanKind::None)
            plan = path;
    }
    if (exports.isEmpty() && plan.isEmpty()) {
        statusBar()->showMessage(tr("Dropped files are neither plans nor exports Cutover Planner can import."), 10000);
        return;
    }
    event->acceptProposedAction();
    if (!exports.isEmpty())
        m_importActions->importFiles(exports);
    else
        m_fileActions->openPath(plan);
}

void MainWindow::connectSelection()
{
    // Timeline -> runbook: select the task's row (no signal comes back, selectTask emits nothing).
    connect(m_timeline->view(), &views::TimelineView::taskSelected, this, [this](const QString &id) {
        const qsizetype row = m_document->plan().taskIndex(id);
        if (row >= 0)
            m_runbook->selectRows({int(row)});
    });
    // Runbook -> timeline.
    connect(m_runbook->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QList<Task> &tasks = m_document->plan().tasks;
                if (current.isValid() && current.row() < tasks.size())
                    m_timeline->view()->selectTask(tasks.at(current.row()).id);
            });
}

PresenterWindow *MainWindow::presenter() const
{
    return m_presenter.data();
}

PresenterWindow *MainWindow::present()
{
    if (!m_presenter) {
        m_presenter = new PresenterWindow(m_document, [this] { return m_reviewActions->now(); }, this);
        m_presenter->showFullScreen();
    }
    m_presenter->activateWindow();
    return m_presenter;
}

ChartPage *MainWindow::currentChartPage() const
{
    return qobject_cast<ChartPage *>(m_pages->currentWidget());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_runbook->restoreSettings(settings);
    m_rollback->restoreSettings(settings);
    m_hypercare->restoreSettings(settings);
    m_readiness->restoreSettings(settings, QStringLiteral("readiness"));
    m_decisions->restoreSettings(settings, QStringLiteral("decisions"));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_runbook->saveSettings(settings);
    m_rollback->saveSettings(settings);
    m_hypercare->saveSettings(settings);
    m_readiness->saveSettings(settings, QStringLiteral("readiness"));
    m_decisions->saveSettings(settings, QStringLiteral("decisions"));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cutover Planner"),
                       tr("<h3>Cutover Planner %1</h3><p>Plan, simulate and report online-migration cutovers.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace cutover::gui
