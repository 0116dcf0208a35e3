// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace cutover::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting())));
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies from the next start."), this);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

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
    QSettings().setValue(QStringLiteral("language"), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace cutover::gui
