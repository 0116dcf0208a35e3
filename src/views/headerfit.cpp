// SPDX-License-Identifier: GPL-3.0-or-later
#include "headerfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace cutover::views {

int headerTitleWidth(const QHeaderView *header, int logical)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return 0;
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = logical;
    option.orientation = header->orientation();
    option.text = model->headerData(logical, header->orientation(), Qt::DisplayRole).toString();
    option.textAlignment = header->defaultAlignment();
    if (header->isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    const QVariant font = model->headerData(logical, header->orientation(), Qt::FontRole);
    QFont titleFont = font.canConvert<QFont>() ? font.value<QFont>() : header->font();
    titleFont.setBold(true);
    option.fontMetrics = QFontMetrics(titleFont);
    return header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header).width();
}

void fitHeaderTitles(QHeaderView *header)
{
    if (!header || !header->model())
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const QHeaderView::ResizeMode mode = header->sectionResizeMode(logical);
        if (mode == QHeaderView::Stretch || mode == QHeaderView::ResizeToContents)
            continue;
        const int needed = headerTitleWidth(header, logical);
        if (header->sectionSize(logical) < needed)
            header->resizeSection(logical, needed);
    }
}

} // namespace cutover::views
