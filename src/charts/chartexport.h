// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;
class QRectF;

namespace cutover::charts {

/** Paints one chart into a rect; every renderer can be wrapped as one. */
using PaintFunction = std::function<void(QPainter *, const QRectF &)>;

/** Writes a chart to PNG or SVG, atomically (a failed export leaves no half-written file). */
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Png, Svg };

    /** The format for a file name by its extension (.png, .svg; case-insensitive). */
    static std::optional<Format> formatFor(const QString &path);
    /** Smallest and largest accepted image side, in pixels. */
    static constexpr int kMinSide = 200;
    static constexpr int kMaxSide = 10000;

    static Status save(const QString &path, const QSize &size, const PaintFunction &paint);
    static Status save(const QString &path, Format format, const QSize &size, const PaintFunction &paint);
};

} // namespace cutover::charts
