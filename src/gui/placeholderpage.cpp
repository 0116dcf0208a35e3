// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cutover::gui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &whatComes, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *text = new QLabel(whatComes, this);
    text->setWordWrap(true);
    text->setMaximumWidth(text->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 45);
    auto *notYet = new QLabel(tr("This view is not part of this version yet."), this);
    notYet->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(notYet, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace cutover::gui
