// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace cutover::charts {

std::optional<ChartExport::Format> ChartExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    return std::nullopt;
}

Status ChartExport::save(const QString &path, const QSize &size, const PaintFunction &paint)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return Error(tr("unknown image type \"%1\" (expected a file name ending in .png or .svg)").arg(QFileInfo(path).suffix()), path);
    return save(path, *format, size, paint);
}

Status ChartExport::save(const QString &path, Format format, const QSize &size, const PaintFunction &paint)
{
    if (size.width() < kMinSide || size.height() < kMinSide || size.width() > kMaxSide || size.height() > kMaxSide)
        return Error(tr("image size %1×%2 is out of range (expected %3 to %4 pixels per side)")
                         .arg(size.width()).arg(size.height()).arg(kMinSide).arg(kMaxSide), path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write: %1").arg(file.errorString()), path);
    const QRectF rect(0, 0, size.width(), size.height());
    if (format == Format::Png) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paint(&painter, rect);
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return Error(tr("cannot write PNG: %1").arg(writer.errorString()), path);
        }
    } else {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(rect);
        generator.setResolution(96);
        generator.setTitle(QFileInfo(path).completeBaseName());
        generator.setDescription(tr("Chart exported by Cutover Planner"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return Error(tr("cannot start the SVG writer"), path);
        }
        paint(&painter, rect);
        painter.end();
    }
    if (!file.commit())
        return Error(tr("cannot write: %1").arg(file.errorString()), path);
    return Ok{};
}

} // namespace cutover::charts
