// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "console.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cutover::cli {

namespace {

const CommandInfo *find(const QString &name)
{
    for (const CommandInfo &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: cutover-planner [PLAN]\n"
                                              "       cutover-planner COMMAND [OPTIONS] [ARGS]\n\n"
                                              "Without a command, opens the desktop application (on PLAN if given).\n\n"
                                              "Commands:\n");
    for (const CommandInfo &c : commands())
        out << QStringLiteral("  %1%2\n").arg(QLatin1String(c.name), -10).arg(QCoreApplication::translate("cli", c.summary));
    out << QCoreApplication::translate("cli", "\nRun 'cutover-planner COMMAND --help' for a command's options.\n"
                                              "Exit codes: 0 success, 1 problems found, 2 bad usage or unreadable input.\n");
    out.flush();
}

} // namespace

bool isCommand(const QString &name)
{
    return find(name) != nullptr || name == u"--help" || name == u"-h" || name == u"help"
        || name == u"--version" || name == u"-v";
}

bool runsHeadless(const QString &first)
{
    if (first.isEmpty())
        return false;
    if (isCommand(first))
        return true;
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

bool commandNeedsGui(const QString &name)
{
    const CommandInfo *c = find(name);
    return c && c->needsGui;
}

int run(const QStringList &arguments, Console &console)
{
    const QString name = arguments.value(1);
    if (name == u"--version" || name == u"-v") {
        console.out() << QStringLiteral("cutover-planner %1\n").arg(QStringLiteral(CUTOVER_VERSION));
        console.out().flush();
        return ExitOk;
    }
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(console.out());
        return name.isEmpty() ? ExitUsage : ExitOk;
    }
    const CommandInfo *command = find(name);
    if (!command) {
        // A missing plan the user meant to open reads better as such than as a command.
        const QString suffix = QFileInfo(name).suffix().toLower();
        if (name.contains(u'/') || suffix == u"cutover" || suffix == u"json")
            console.error(QCoreApplication::translate("cli", "%1: no such file (to open a plan it must exist; "
                                                             "see cutover-planner --help)").arg(name));
        else
            console.error(QCoreApplication::translate("cli", "unknown command \"%1\" (see cutover-planner --help)").arg(name));
        return ExitUsage;
    }
    const int code = command->run(arguments, console);
    console.out().flush();
    console.err().flush();
    return code;
}

int run(const QStringList &arguments)
{
    Console console;
    return run(arguments, console);
}

} // namespace cutover::cli
