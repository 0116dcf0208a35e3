// SPDX-License-Identifier: GPL-3.0-or-later
#include "console.h"

#include <QIODevice>

#include <cstdio>

namespace cutover::cli {

Console::Console(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
}

void Console::writeOut(const QByteArray &utf8)
{
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(utf8);
    else
        m_out << QString::fromUtf8(utf8);
}

void Console::error(const Error &error)
{
    this->error(error.toString());
}

void Console::error(const QString &line)
{
    m_err << line << Qt::endl;
}

void Console::warning(const QString &line)
{
    m_err << QStringLiteral("warning: ") << line << Qt::endl;
}

} // namespace cutover::cli
