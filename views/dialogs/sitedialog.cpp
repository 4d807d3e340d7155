// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitedialog.h"

#include "fieldform.h"
#include "plan/entitytraits.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rw {

SiteDialog::SiteDialog(const Site &site, bool readOnly, QWidget *parent)
    : QDialog(parent), mOriginal(site), mReadOnly(readOnly)
{
    setWindowTitle(tr("Site and assumptions"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mFormLayout = form;
    layout->addLayout(form);
    mForm = std::make_unique<FieldForm<Site>>(form, siteFields());
    mForm->load(site);
    mWeatherLabel = new QLabel(this);
    mWeatherLabel->setWordWrap(true);
    mWeatherLabel->setObjectName(QStringLiteral("weather"));
    form->addRow(tr("Weather"), mWeatherLabel);
    mWeatherLabel->hide();
    form->labelForField(mWeatherLabel)->hide();
    auto *buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // OK only when every number as typed is acceptable: nothing typed is dropped or corrected.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (readOnly) {
        for (QWidget *editor : findChildren<QWidget *>()) {
            if (editor != buttons && !buttons->isAncestorOf(editor))
                editor->setEnabled(editor->inherits("QPlainTextEdit") || editor->inherits("QLabel"));
        }
    }
    resize(620, 640);
}

SiteDialog::~SiteDialog() = default;

void SiteDialog::showWeather(const QString &description, bool hasOwnWeather)
{
    mWeatherLabel->setText(description);
    mWeatherLabel->show();
    if (QWidget *label = mFormLayout->labelForField(mWeatherLabel))
        label->show();
    if (mReadOnly || mMunichButton)
        return;
    auto *row = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Weather file…"), this);
    choose->setObjectName(QStringLiteral("chooseWeather"));
    choose->setToolTip(tr("An EnergyPlus weather file (EPW), a DWD test reference year (TRY .dat) or an hourly CSV"));
    mMunichButton = new QPushButton(tr("Typical Munich year"), this);
    mMunichButton->setEnabled(hasOwnWeather);
    row->addWidget(choose);
    row->addWidget(mMunichButton);
    row->addStretch(1);
    mFormLayout->addRow(QString(), row);
    connect(choose, &QPushButton::clicked, this, &SiteDialog::chooseWeatherFile);
    connect(mMunichButton, &QPushButton::clicked, this, [this] {
        mWeatherChoice = WeatherChoice::TypicalMunich;
        mWeatherLabel->setText(tr("typical Munich year (built from climate normals)"));
        mMunichButton->setEnabled(false);
    });
}

void SiteDialog::chooseWeatherFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Weather file for the site"), QString(), tr("Weather files (*.epw *.dat *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    WeatherFile file;
    QString error;
    if (!WeatherFileReader::readFile(path, &file, &error)) {
        QMessageBox::warning(this, tr("Weather file"), error);
        return;
    }
    mWeatherFile = file;
    mWeatherFileName = QFileInfo(path).fileName();
    mWeatherChoice = WeatherChoice::File;
    mWeatherLabel->setText(
        file.station.isEmpty() ? mWeatherFileName : QStringLiteral("%1 (%2)").arg(mWeatherFileName, file.station));
    mMunichButton->setEnabled(true);
}

Site SiteDialog::site() const
{
    return mForm->store(mOriginal);
}

}  // namespace rw
