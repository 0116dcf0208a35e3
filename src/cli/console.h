// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QTextStream>

namespace cutover::cli {

/** Exit codes of every subcommand (see docs/cli.md). */
enum ExitCode : int {
    ExitOk = 0,        ///< success
    ExitProblems = 1,  ///< the command worked but found problems
    ExitUsage = 2,     ///< bad usage or unreadable input
};

/** Standard output and error of a subcommand. Tests capture them by passing their own devices. */
class Console
{
public:
    Console(QIODevice *out, QIODevice *err);
    Console(); ///< stdout / stderr

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    /** UTF-8 text (a JSON document) to standard output as it is, after what out() holds: no
        round trip through UTF-16. */
    void writeOut(const QByteArray &utf8);

    /** One line on stderr, e.g. "plan.json: tasks[3].after[0].task: unknown task \"frezee\"". */
    void error(const Error &error);
    void error(const QString &line);
    void warning(const QString &line);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace cutover::cli
