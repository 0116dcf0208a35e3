// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "console.h"

#include <QCoreApplication>

namespace cutover::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, Console &console,
                                    const QString &synopsis, qsizetype minPositional, qsizetype maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    const QString command = args.value(1);
    const auto usageHint = [&] {
        return QCoreApplication::translate("cli", "(see cutover-planner %1 --help)").arg(command);
    };
    // args[0] is the program, args[1] the command: QCommandLineParser wants [program, args...].
    QStringList rest = args.mid(1);
    if (!parser.parse(rest)) {
        console.error(QStringLiteral("%1: %2 %3").arg(command, parser.errorText(), usageHint()));
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Replace Qt's generic first line ("Usage: program [options] ...") with ours.
        const qsizetype firstLineEnd = text.indexOf(u'\n');
        text = QCoreApplication::translate("cli", "Usage: cutover-planner %1").arg(synopsis) + text.mid(firstLineEnd);
        console.out() << text;
        console.out().flush();
        return 0;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional) {
        console.error(QCoreApplication::translate("cli", "%1: missing arguments; usage: cutover-planner %2")
                          .arg(command, synopsis));
        return 2;
    }
    if (n > maxPositional) {
        console.error(QCoreApplication::translate("cli", "%1: unexpected argument \"%2\" %3")
                          .arg(command, parser.positionalArguments().at(maxPositional), usageHint()));
        return 2;
    }
    return std::nullopt;
}

} // namespace cutover::cli
