// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for test_crashsafety: saves two generated plans alternately to one file, over and
// over, until it is killed (or, as a safety net, after 200 saves). Prints "ready" once both
// plans are built and "saved N" after each completed save.
#include "common/plangenerator.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace cutover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: storage_savehelper FILE TASKS POINTS SEED_A SEED_B\n");
        return 2;
    }
    PlanGeneratorOptions options;
    options.tasks = args.at(2).toInt();
    options.seriesPoints = args.at(3).toLongLong();
    options.seed = args.at(4).toUInt();
    const Plan a = generatePlan(options);
    options.seed = args.at(5).toUInt();
    const Plan b = generatePlan(options);
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 200; ++i) {
        const Status saved = PlanFile::write(i % 2 == 0 ? b : a, args.at(1));
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorString()));
            return 1;
        }
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
