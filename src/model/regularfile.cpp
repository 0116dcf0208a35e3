// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>
#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace cutover {

std::optional<Error> notRegularFileError(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0 || S_ISDIR(st.st_mode))
        return std::nullopt;
    const auto error = [&path](const char *what) {
        return Error(QCoreApplication::translate("cutover::RegularFile", "is not a regular file (%1)")
                         .arg(QCoreApplication::translate("cutover::RegularFile", what)),
                     path);
    };
    if (S_ISFIFO(st.st_mode))
        return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "a FIFO"));
    if (S_ISCHR(st.st_mode))
        return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "a character device"));
    if (S_ISBLK(st.st_mode))
        return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "a block device"));
    if (S_ISSOCK(st.st_mode))
        return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "a socket"));
    if (!S_ISREG(st.st_mode))
        return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "an unknown kind of file"));
#if defined(__linux__)
    struct statfs fs;
    if (::statfs(native.constData(), &fs) == 0) {
        constexpr decltype(fs.f_type) procMagic = 0x9fa0, sysfsMagic = 0x62656572;
        if (fs.f_type == procMagic || fs.f_type == sysfsMagic)
            return error(QT_TRANSLATE_NOOP("cutover::RegularFile", "a /proc or /sys pseudo-file"));
    }
#endif
    return std::nullopt;
}

} // namespace cutover
