// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/planlock.h"
#include "storage/savetarget.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cutover {
class Autosaver;
class Document;
struct RecoveryFile;
} // namespace cutover

namespace cutover::gui {

class RecentFiles;

/**
 * The File menu's work: new (from a template or empty), open, open recent, save, save as,
 * export and import JSON, import from and export to the exchange formats (MS Project XML,
 * CSV/TSV runbooks, iCalendar; through PlanIo like `convert`); asking before unsaved changes are dropped; locking the open plan
 * against a second instance (offering read-only); recovering autosaved work.
 * Dialogs are parented to `window`.
 */
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(QWidget *window, Document *document, Autosaver *autosaver, QObject *parent = nullptr);
    ~FileActions() override;

    /** Fills the File menu (the caller adds Quit). */
    void populateMenu(QMenu *menu);

    /** Opens a .cutover or .json plan, asking first about unsaved changes and the lock. */
    bool openPath(const QString &path);
    /** A new plan from a built-in template ("online-migration", "empty"). */
    bool newFromTemplate(const QString &templateName);
    bool save();
    bool saveAs();
    /** Saves to `path` as a .cutover file (no dialog) and makes it the document's file. When
        another program (a command-line import) saved the plan since it was opened or saved
        here, asks whether to overwrite that version, save under another name or cancel;
        without a visible window it refuses and says so. */
    bool saveTo(const QString &path);
    bool exportJsonTo(const QString &path);
    /** Reads a JSON plan as a new, unsaved plan (Save asks where the .cutover goes). */
    bool importJson(const QString &path);
    /** Reads MS Project XML or a CSV/TSV runbook as a new, unsaved plan; warnings go to the status bar. */
    bool importFrom(const QString &path);
    /** Writes the plan as MS Project XML, CSV, TSV or iCalendar, chosen by the extension of `path`. */
    bool exportTo(const QString &path);
    /**
     * Asks for a path (a file dialog unless a test injected another chooser): `save` for a
     * save dialog, with the dialog's title, name filter and suggested path; empty when cancelled.
     */
    using PathChooser = std::function<QString(bool save, const QString &title, const QString &filter, const QString &suggested)>;
    void setPathChooser(PathChooser chooser) { m_pathChooser = std::move(chooser); }
    /** File > Import from… and Export to…: ask for the path, then importFrom()/exportTo(). */
    bool chooseAndImport();
    bool chooseAndExport();

    /** Replaces the plan with an autosaved one; it stays unsaved. */
    bool recover(const RecoveryFile &file);

    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();
    /** Before closing the window: releases the lock and the recovery file. */
    void closing();

    RecentFiles *recentFiles() const { return m_recent; }
    /** The JSON file the current plan was opened from (empty otherwise). */
    QString importedFrom() const { return m_importedFrom; }

signals:
    void statusMessage(const QString &text);

private:
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &text);
    bool adopt(const QString &nativePath, bool askReadOnly);
    QString choosePath(bool save, const QString &title, const QString &filter, const QString &suggested);

    QWidget *m_window;
    Document *m_document;
    Autosaver *m_autosaver;
    RecentFiles *m_recent;
    PlanLock m_lock;
    FileStamp m_diskStamp; ///< the version of the document's file last read or written here
    QMenu *m_recentMenu = nullptr;
    QString m_importedFrom;
    PathChooser m_pathChooser;
};

} // namespace cutover::gui
