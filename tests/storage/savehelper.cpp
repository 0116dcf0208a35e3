// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for test_crashsafety: reads two plans, then saves them alternately (B first) to
// one file, over and over, until it is killed (or, as a safety net, after 200 saves). Prints
// "ready" once both plans are loaded and "saved N" after each completed save.
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace cutover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: storage_savehelper TARGET PLAN_A PLAN_B\n");
        return 2;
    }
    const Result<Plan> a = PlanFile::read(args.at(2));
    const Result<Plan> b = PlanFile::read(args.at(3));
    if (!a.ok() || !b.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(a.ok() ? b.errorString() : a.errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 200; ++i) {
        const Status saved = PlanFile::write(i % 2 == 0 ? b.value() : a.value(), args.at(1));
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorString()));
            return 1;
        }
        std::printf("saved %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
