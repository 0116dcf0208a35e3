// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for test_concurrentimports: `workbench_importhelper PLAN FILE...` imports the files
// into the plan exactly as `cutover-planner import` does (BatchImport::read, then
// BatchImport::intoPlanFile with the command line's save options), in a process that starts in a
// few milliseconds. Exit 0 on success, 2 with the error on stderr otherwise.
#include "workbench/batchimport.h"
#include "workbench/planio.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace cutover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: workbench_importhelper PLAN FILE...\n");
        return 2;
    }
    QList<ImportRequest> requests;
    for (qsizetype i = 2; i < args.size(); ++i)
        requests.append({args.at(i), {}});
    Result<ImportBatch> batch = BatchImport::read(requests);
    if (!batch) {
        std::fprintf(stderr, "%s\n", qPrintable(batch.errorString()));
        return 2;
    }
    if (Status s = BatchImport::intoPlanFile(args.at(1), &batch.value(), PlanIo::commandLineOptions()); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorString()));
        return 2;
    }
    return 0;
}
