// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <atomic>
#include <functional>

class QWidget;

namespace cutover::gui {

/**
 * Runs slow work (an import, a report's simulation) on a worker thread while a window-modal
 * progress dialog with Cancel keeps the window responsive but out of reach.
 */
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(cutover::gui::BackgroundTask)
public:
    /** Progress reported by the work, from any thread: `done` of `total` (any unit). */
    using Progress = std::function<void(qint64 done, qint64 total)>;
    using Work = std::function<void(const Progress &progress, const std::atomic_bool *cancel)>;

    /**
     * Runs `work` and returns when it has finished. Cancel sets the flag the work receives;
     * the work must check it and return soon. Returns false when the user cancelled.
     */
    static bool run(QWidget *parent, const QString &label, const Work &work);
};

} // namespace cutover::gui
