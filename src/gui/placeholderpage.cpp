// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cutover::gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &whatComes, QWidget *parent)
    : QWidget(parent)
{
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p><i>%3</i></p>")
                      .arg(title.toHtmlEscaped(), whatComes.toHtmlEscaped(),
                           tr("This view is not part of this version yet.").toHtmlEscaped()));
    const int margin = text->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(margin, 0, margin, 0);
    layout->addWidget(text);
}

} // namespace cutover::gui
