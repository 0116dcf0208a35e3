// SPDX-License-Identifier: GPL-3.0-or-later
// render-icon SVG OUT_DIR SIZE...: renders the application icon to OUT_DIR/SIZExSIZE/apps/NAME.png
// (the hicolor icon theme's layout) with Qt's own SVG renderer, so the PNGs installed beside
// the SVG are the same drawing at every size. A build tool (cmake/Packaging.cmake), not shipped.
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: render-icon SVG OUT_DIR SIZE...\n");
        return 2;
    }
    const QString svgPath = args.at(1);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "render-icon: %s: not a valid SVG file\n", qPrintable(svgPath));
        return 1;
    }
    const QString name = QFileInfo(svgPath).completeBaseName();
    for (const QString &arg : args.mid(3)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "render-icon: size '%s': expected a whole number of pixels from 8 to 1024\n",
                         qPrintable(arg));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        const QString out = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
