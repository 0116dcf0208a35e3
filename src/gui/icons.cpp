// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace cutover::gui::Icons {

namespace {

struct Entry
{
    Action action;
    const char *theme; ///< freedesktop icon naming specification
    const char *file;  ///< ours, under :/icons/actions
};

constexpr Entry kEntries[] = {
    {Action::Open, "document-open", "open"},
    {Action::Save, "document-save", "save"},
    {Action::SaveAs, "document-save-as", "save"},
    {Action::Import, "document-import", "import"},
    {Action::Export, "document-export", "export"},
    {Action::ExportPdf, "x-office-document", "export-pdf"},
    {Action::Print, "document-print", "export-pdf"},
    {Action::Undo, "edit-undo", "undo"},
    {Action::Redo, "edit-redo", "redo"},
    {Action::ZoomIn, "zoom-in", "zoom-in"},
    {Action::ZoomOut, "zoom-out", "zoom-out"},
    {Action::ZoomFit, "zoom-fit-best", "zoom-fit"},
    {Action::Run, "media-playback-start", "run"},
    {Action::RecordStart, "media-record", "record-start"},
    {Action::RecordFinish, "media-playback-stop", "record-finish"},
    {Action::Present, "x-office-presentation", "present"},
};

const Entry &entry(Action action)
{
    for (const Entry &e : kEntries) {
        if (e.action == action)
            return e;
    }
    return kEntries[0];
}

} // namespace

QIcon ownIcon(Action action, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(entry(action).file)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    // The drawings stroke in currentColor; the renderer gets the palette's text colour instead,
    // and its disabled text colour for the disabled look (the style's generated one stays too
    // bright on a dark palette).
    for (const auto &[mode, group] : {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
        QByteArray coloured = svg;
        coloured.replace("currentColor", palette.color(group, QPalette::WindowText).name().toLatin1());
        QSvgRenderer renderer(coloured);
        for (int size : {16, 22, 24, 32, 48, 64}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            if (mode == QIcon::Disabled)
                painter.setOpacity(0.75);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(QPixmap::fromImage(image), mode);
        }
    }
    return icon;
}

QIcon icon(Action action)
{
    return QIcon::fromTheme(QLatin1String(entry(action).theme), ownIcon(action, QApplication::palette()));
}

QString themeName(Action action)
{
    return QLatin1String(entry(action).theme);
}

QList<Action> all()
{
    QList<Action> actions;
    for (const Entry &e : kEntries)
        actions.append(e.action);
    return actions;
}

} // namespace cutover::gui::Icons
