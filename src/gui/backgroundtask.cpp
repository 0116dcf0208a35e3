// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

namespace cutover::gui {

namespace {

struct SharedProgress
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic_bool cancel{false};
};

} // namespace

bool BackgroundTask::run(QWidget *parent, const QString &label, const Work &work)
{
    auto state = std::make_shared<SharedProgress>();
    QProgressDialog dialog(label, tr("Cancel"), 0, 1000, parent);
    dialog.setWindowTitle(QCoreApplication::applicationName());
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(0);

    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [state, &dialog] {
        state->cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
        if (auto *button = dialog.findChild<QPushButton *>())
            button->setEnabled(false);
    });
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [state, &dialog] {
        const qint64 total = state->total;
        if (total > 0)
            dialog.setValue(int(std::min<qint64>(1000, state->done * 1000 / total)));
    });
    poll.start();
    dialog.setValue(0); // shows the dialog now (and may process events: connect first)

    const Progress progress = [state](qint64 done, qint64 total) {
        state->done = done;
        state->total = total;
    };
    watcher.setFuture(QtConcurrent::run([work, progress, state] { work(progress, &state->cancel); }));
    if (!watcher.isFinished())
        loop.exec();
    return !state->cancel;
}

} // namespace cutover::gui
