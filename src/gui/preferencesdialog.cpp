// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include <QSettings>

namespace cutover::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : languages())
        m_ui->language->addItem(name, code);
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(languageSetting())));
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::languageSetting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

QList<std::pair<QString, QString>> PreferencesDialog::languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

void PreferencesDialog::accept()
{
    QSettings().setValue(QStringLiteral("language"), m_ui->language->currentData().toString());
    QDialog::accept();
}

} // namespace cutover::gui
