// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "document/autosaver.h"
#include "document/document.h"
#include "document/documentio.h"
#include "icons.h"
#include "interchange/plantemplates.h"
#include "recentfiles.h"
#include "workbench/planio.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>

namespace cutover::gui {

namespace {

QString planFilter()
{
    return FileActions::tr("Plans (*.cutover *.json);;Cutover plans (*.cutover);;JSON plans (*.json);;All files (*)");
}

QString importFilter()
{
    return FileActions::tr("MS Project XML and runbooks (*.xml *.csv *.tsv);;MS Project XML (*.xml);;CSV runbooks (*.csv);;"
                           "TSV runbooks (*.tsv);;All files (*)");
}

/** The export filters and the extension each one writes. */
const QList<std::pair<QString, QString>> &exportFilters()
{
    static const QList<std::pair<QString, QString>> filters{
        {FileActions::tr("MS Project XML (*.xml)"), QStringLiteral(".xml")},
        {FileActions::tr("CSV runbook (*.csv)"), QStringLiteral(".csv")},
        {FileActions::tr("TSV runbook (*.tsv)"), QStringLiteral(".tsv")},
        {FileActions::tr("iCalendar (*.ics)"), QStringLiteral(".ics")},
    };
    return filters;
}

} // namespace

FileActions::FileActions(QWidget *window, Document *document, Autosaver *autosaver, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(document)
    , m_autosaver(autosaver)
    , m_recent(new RecentFiles(this))
{
    connect(m_recent, &RecentFiles::changed, this, &FileActions::rebuildRecentMenu);
}

FileActions::~FileActions() = default;

void FileActions::populateMenu(QMenu *menu)
{
    QMenu *newMenu = menu->addMenu(tr("&New"));
    QAction *fromTemplate = newMenu->addAction(tr("From the &online-migration template"), this,
                                               [this] { newFromTemplate(QStringLiteral("online-migration")); });
    fromTemplate->setShortcut(QKeySequence::New);
    newMenu->addAction(tr("&Empty plan"), this, [this] { newFromTemplate(QStringLiteral("empty")); });

    QAction *openAction = menu->addAction(Icons::icon(Icons::Action::Open), tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open plan"), QString(), planFilter());
        if (!path.isEmpty())
            openPath(path);
    });
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    menu->addSeparator();
    QAction *saveAction = menu->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    QAction *saveAsAction = menu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    openAction->setObjectName(QStringLiteral("openAction"));
    saveAction->setIcon(Icons::icon(Icons::Action::Save));
    saveAsAction->setIcon(Icons::icon(Icons::Action::SaveAs));
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    menu->addSeparator();
    menu->addAction(tr("&Import JSON…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import JSON plan"), QString(),
                                                          tr("JSON plans (*.json);;All files (*)"));
        if (!path.isEmpty())
            importJson(path);
    });
    menu->addAction(tr("Import &from…"), this, [this] { chooseAndImport(); })->setObjectName(QStringLiteral("importFromAction"));
    menu->addAction(tr("Export &to…"), this, [this] { chooseAndExport(); })->setObjectName(QStringLiteral("exportToAction"));
    menu->addAction(tr("&Export JSON…"), this, [this] {
        QString suggestion = m_document->filePath();
        if (!suggestion.isEmpty())
            suggestion = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName() + QStringLiteral(".json"));
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export JSON plan"), suggestion,
                                                          tr("JSON plans (*.json)"));
        if (!path.isEmpty())
            exportJsonTo(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".json"));
    });
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString label = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openPath(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(no recent plans)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear list"), m_recent, &RecentFiles::clear);
    }
}

void FileActions::showError(const QString &title, const QString &text)
{
    emit statusMessage(text);
    if (m_window && m_window->isVisible())
        QMessageBox::warning(m_window, title, text);
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->plan().name.isEmpty() ? tr("this plan") : m_document->plan().name;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"), tr("Save the changes to \"%1\" before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileActions::adopt(const QString &nativePath, bool askReadOnly)
{
    if (m_lock.acquire(nativePath)) {
        m_document->setReadOnly(false);
        return true;
    }
    if (!askReadOnly)
        return false;
    const auto answer = QMessageBox::question(
        m_window, tr("Plan in use"),
        tr("%1 is already open in %2.\n\nOpen it read-only? You can still save a copy under another name.")
            .arg(QFileInfo(nativePath).fileName(), m_lock.holder()),
        QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer != QMessageBox::Open)
        return false;
    m_document->setReadOnly(true);
    return true;
}

bool FileActions::openPath(const QString &path)
{
    if (!maybeSave())
        return false;
    auto loaded = DocumentIo::load(path);
    if (!loaded) {
        m_recent->remove(path);
        showError(tr("Cannot open plan"), loaded.errorString());
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (loaded->native) {
        m_lock.release();
        if (!adopt(absolute, true))
            return false;
    } else {
        m_lock.release();
        m_document->setReadOnly(false);
    }
    m_autosaver->discard();
    m_diskStamp = loaded->stamp;
    m_document->resetPlan(std::move(loaded.value().plan));
    m_document->setFilePath(loaded->native ? absolute : QString());
    m_importedFrom = loaded->native ? QString() : absolute;
    m_recent->add(absolute);
    if (!loaded->warnings.isEmpty())
        emit statusMessage(tr("Opened with %n warnings: %1", nullptr, int(loaded->warnings.size())).arg(loaded->warnings.first()));
    else
        emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool FileActions::importJson(const QString &path)
{
    if (!openPath(path))
        return false;
    m_document->markUnsaved();
    return true;
}

QString FileActions::choosePath(bool save, const QString &title, const QString &filter, const QString &suggested)
{
    if (m_pathChooser)
        return m_pathChooser(save, title, filter, suggested);
    return save ? QFileDialog::getSaveFileName(m_window, title, suggested, filter)
                : QFileDialog::getOpenFileName(m_window, title, suggested, filter);
}

bool FileActions::chooseAndImport()
{
    const QString path = choosePath(false, tr("Import plan from"), importFilter(), QString());
    return !path.isEmpty() && importFrom(path);
}

bool FileActions::chooseAndExport()
{
    QString suggestion = m_document->filePath();
    if (!suggestion.isEmpty())
        suggestion = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName() + QStringLiteral(".xml"));
    QStringList filters;
    for (const auto &f : exportFilters())
        filters << f.first;
    QString path = choosePath(true, tr("Export plan to"), filters.join(QStringLiteral(";;")), suggestion);
    if (path.isEmpty())
        return false;
    if (PlanIo::exchangeFormatFor(path) == ExchangeFormat::None)
        path += QStringLiteral(".xml"); // no known extension typed: the first filter's
    return exportTo(path);
}

bool FileActions::importFrom(const QString &path)
{
    if (!maybeSave())
        return false;
    auto imported = PlanIo::importFile(path);
    if (!imported) {
        showError(tr("Cannot import plan"), imported.errorString());
        return false;
    }
    m_lock.release();
    m_document->setReadOnly(false);
    m_autosaver->discard();
    m_diskStamp = FileStamp();
    m_document->resetPlan(std::move(imported.value().plan));
    m_document->setFilePath(QString());
    m_importedFrom = QFileInfo(path).absoluteFilePath();
    m_document->markUnsaved();
    if (!imported->warnings.isEmpty())
        emit statusMessage(tr("Imported with %n warnings: %1", nullptr, int(imported->warnings.size())).arg(imported->warnings.first()));
    else
        emit statusMessage(tr("Imported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::exportTo(const QString &path)
{
    ExportOptions options;
    // The P80 rollback deadline of the current simulation; without one the export says it left it out.
    const PlanSummary &summary = m_document->analysis()->summary();
    options.rollbackP80Minutes = summary.simulationCurrent ? summary.rollbackP80 : std::nullopt;
    options.simulateRollback = false;
    const auto exported = PlanIo::exportTo(m_document->plan(), path, options);
    if (!exported) {
        showError(tr("Cannot export plan"), exported.errorString());
        return false;
    }
    if (!exported->leftOut.isEmpty())
        emit statusMessage(tr("Exported %1; left out: %2").arg(QDir::toNativeSeparators(path), exported->leftOut.join(QStringLiteral("; "))));
    else
        emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::newFromTemplate(const QString &templateName)
{
    if (!maybeSave())
        return false;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime start = PlanTemplates::nextSaturdayEvening(QDateTime::currentDateTime(), zone);
    auto plan = PlanTemplates::create(templateName, tr("New cutover plan"), start, QString::fromUtf8(zone.id()));
    if (!plan) {
        showError(tr("Cannot create plan"), plan.errorString());
        return false;
    }
    m_lock.release();
    m_autosaver->discard();
    m_document->setReadOnly(false);
    m_document->resetPlan(std::move(plan).value());
    m_document->setFilePath(QString());
    m_importedFrom.clear();
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty() || m_document->isReadOnly())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool FileActions::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty() && !m_importedFrom.isEmpty())
        suggestion = DocumentIo::nativePathFor(m_importedFrom);
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(m_document->plan().name.trimmed().replace(QLatin1Char('/'), QLatin1Char('-'))
                                           + QStringLiteral(".cutover"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save plan as"), suggestion, tr("Cutover plans (*.cutover)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".cutover"), Qt::CaseInsensitive))
        path += QStringLiteral(".cutover");
    return saveTo(path);
}

bool FileActions::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool samePlan = absolute == m_document->filePath() && !m_document->isReadOnly();
    PlanLock newLock;
    if (!samePlan && !newLock.acquire(absolute)) {
        showError(tr("Cannot save plan"), tr("%1 is open in %2; save under another name.")
                                              .arg(QFileInfo(absolute).fileName(), newLock.holder()));
        return false;
    }
    // Saving over the plan this window opened: only over the version it opened or saved. Saving
    // elsewhere: over what is there now (the file dialog asked about replacing it).
    const FileStamp expected = samePlan ? m_diskStamp : FileStamp::of(absolute);
    SaveFailure failure = SaveFailure::None;
    Result<FileStamp> saved = DocumentIo::save(m_document->plan(), absolute, expected, &failure);
    if (!saved && failure == SaveFailure::ChangedOnDisk) {
        const QString question = tr("%1 was changed on disk by another program (for example a command-line import) since "
                                    "it was opened here.\n\nOverwrite it with this version, losing those changes, or save "
                                    "this version under another name?")
                                     .arg(QDir::toNativeSeparators(absolute));
        if (!m_window || !m_window->isVisible()) {
            emit statusMessage(saved.errorString());
            return false;
        }
        QMessageBox box(QMessageBox::Warning, tr("Plan changed on disk"), question, QMessageBox::Cancel, m_window);
        QPushButton *saveElsewhere = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        box.setDefaultButton(saveElsewhere);
        box.exec();
        if (box.clickedButton() == saveElsewhere)
            return saveAs();
        if (box.clickedButton() != overwrite)
            return false;
        saved = DocumentIo::save(m_document->plan(), absolute, FileStamp::of(absolute), &failure);
    }
    if (!saved) {
        showError(tr("Cannot save plan"), saved.errorString());
        return false;
    }
    m_diskStamp = saved.value();
    if (!samePlan) {
        newLock.release();
        m_lock.release();
        m_lock.acquire(absolute);
        m_document->setReadOnly(false);
    }
    m_document->setFilePath(absolute);
    m_importedFrom.clear();
    m_document->markSaved();
    m_recent->add(absolute);
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool FileActions::exportJsonTo(const QString &path)
{
    const Status status = DocumentIo::exportJson(m_document->plan(), path);
    if (!status) {
        showError(tr("Cannot export plan"), status.errorString());
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::recover(const RecoveryFile &file)
{
    // The same reader as File > Open (the recovery file is a JSON plan).
    auto loaded = DocumentIo::load(file.path);
    if (!loaded) {
        showError(tr("Cannot recover plan"), loaded.errorString());
        return false;
    }
    m_lock.release();
    m_document->setReadOnly(false);
    if (!file.originalPath.isEmpty() && !m_lock.acquire(file.originalPath))
        m_document->setReadOnly(true);
    // The recovered edits are meant to replace the plan as it is on disk now.
    m_diskStamp = file.originalPath.isEmpty() ? FileStamp() : FileStamp::of(file.originalPath);
    m_document->resetPlan(std::move(loaded.value().plan));
    m_document->setFilePath(file.originalPath);
    m_importedFrom.clear();
    m_document->markUnsaved();
    // Keep the work safe under this instance's name before dropping the old file.
    const Status flushed = m_autosaver->flush();
    if (flushed)
        Autosaver::remove(file);
    emit statusMessage(tr("Recovered unsaved changes from %1").arg(file.savedAt.toString(Qt::ISODate)));
    return true;
}

void FileActions::closing()
{
    m_autosaver->discard();
    m_lock.release();
}

} // namespace cutover::gui
