// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs that used to take quadratic time (issue 11). Prints figures; asserts nothing about time.
//   bench_limits                 every scenario at its default size
//   bench_limits cycle [N]       `check` (PlanLinter::lint) on one dependency cycle of N tasks (100,000)
//   bench_limits csvcols [N]     import of a generic CSV with N value columns (20,000): parse, merge, save
//   bench_limits promseries [N]  import of a Prometheus matrix with N series (10,000): parse, merge, save
#include "importers/importer.h"
#include "lint/planlinter.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using namespace cutover;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

int cycle(int n)
{
    Plan plan;
    plan.name = QStringLiteral("cycle");
    plan.phases.append(Phase{QStringLiteral("p"), QStringLiteral("P"), {}});
    for (int i = 0; i < n; ++i) {
        Task t;
        t.id = QStringLiteral("t%1").arg(i);
        t.name = t.id;
        t.phase = QStringLiteral("p");
        t.owner = QStringLiteral("ops");
        t.duration.likely = 5;
        t.after.append(Dependency{QStringLiteral("t%1").arg((i + n - 1) % n), DependencyType::FS, 0});
        plan.tasks.append(t);
    }
    const auto start = Clock::now();
    const QList<PlanIssue> findings = PlanLinter::lint(plan);
    const double lintSeconds = seconds(start);
    qsizetype longest = 0;
    for (const PlanIssue &f : findings)
        longest = std::max(longest, f.message.size() + PlanLinter::subject(f, plan).size());
    std::printf("check, one cycle of %d tasks: %.3f s (%lld findings, longest line %lld characters)\n", n, lintSeconds,
                qlonglong(findings.size()), qlonglong(longest));
    return 0;
}

int importInto(const QString &file, const QString &what)
{
    QTemporaryDir dir;
    const QString planPath = dir.filePath(QStringLiteral("plan.cutover"));
    Plan plan;
    plan.name = QStringLiteral("bench");
    if (!PlanFile::write(plan, planPath)) {
        std::printf("cannot write the plan\n");
        return 1;
    }
    auto start = Clock::now();
    const auto result = Importer::importFile(file);
    const double parse = seconds(start);
    if (!result) {
        std::printf("%s: import failed: %s\n", qPrintable(what), qPrintable(result.errorString()));
        return 1;
    }
    start = Clock::now();
    Plan merged = plan;
    if (!PlanFile::mergeImported(&merged, result->series, result->validation)) {
        std::printf("merge failed\n");
        return 1;
    }
    const double merge = seconds(start);
    start = Clock::now();
    const Status saved = PlanFile::addImported(planPath, result->series, result->validation);
    const double save = seconds(start);
    if (!saved) {
        std::printf("addImported failed: %s\n", qPrintable(saved.error().message));
        return 1;
    }
    std::printf("%s (%lld series, %.0f KB): parse %.3f s, merge %.3f s, addImported (read+merge+save) %.3f s\n",
                qPrintable(what), qlonglong(result->series.size()), double(QFile(file).size()) / 1000.0, parse, merge, save);
    return 0;
}

int csvColumns(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QByteArray text = "time";
    for (int c = 0; c < n; ++c)
        text += ",c" + QByteArray::number(c);
    text += '\n';
    for (int r = 0; r < 2; ++r) {
        text += "2026-10-17T10:00:0" + QByteArray::number(r) + 'Z';
        for (int c = 0; c < n; ++c)
            text += ',' + QByteArray::number((c + r) % 10);
        text += '\n';
    }
    f.write(text);
    f.close();
    return importInto(path, QStringLiteral("import, CSV with %1 value columns").arg(n));
}

int prometheusSeries(int n)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QByteArray text = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < n; ++s) {
        if (s > 0)
            text += ',';
        text += R"({"metric":{"__name__":"lag","instance":"db-)" + QByteArray::number(s)
            + R"(:9187"},"values":[[1792227600,"1"],[1792227660,"2"]]})";
    }
    text += "]}}";
    f.write(text);
    f.close();
    return importInto(path, QStringLiteral("import, Prometheus matrix with %1 series").arg(n));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString scenario = args.value(0);
    const int size = args.size() > 1 ? args.at(1).toInt() : 0;
    int rc = 0;
    if (scenario.isEmpty() || scenario == u"cycle")
        rc |= cycle(size > 0 ? size : 100000);
    if (scenario.isEmpty() || scenario == u"csvcols")
        rc |= csvColumns(size > 0 ? size : 20000);
    if (scenario.isEmpty() || scenario == u"promseries")
        rc |= prometheusSeries(size > 0 ? size : 10000);
    return rc;
}
