// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"
#include "weather/weatherfilereader.h"

#include <QDialog>

#include <memory>

class QFormLayout;
class QLabel;
class QPushButton;

namespace rw {

template <typename T>
class FieldForm;

/// Edits the site record: dates, declared targets and the plan's written assumptions.
class SiteDialog : public QDialog {
    Q_OBJECT
public:
    SiteDialog(const Site &site, bool readOnly, QWidget *parent = nullptr);
    ~SiteDialog() override;
    Site site() const;

    /// What the person chose for the site's weather: keep it, read a file, or go back to the Munich year.
    enum class WeatherChoice { Keep, File, TypicalMunich };
    /// Shows the weather the site uses now and offers to change it (not for a read-only plan).
    void showWeather(const QString &description, bool hasOwnWeather);
    WeatherChoice weatherChoice() const { return mWeatherChoice; }
    /// The file read when weatherChoice() is File, and its file name.
    const WeatherFile &weatherFile() const { return mWeatherFile; }
    QString weatherFileName() const { return mWeatherFileName; }

private:
    void chooseWeatherFile();

    Site mOriginal;
    bool mReadOnly = false;
    QFormLayout *mFormLayout = nullptr;
    QLabel *mWeatherLabel = nullptr;
    QPushButton *mMunichButton = nullptr;
    WeatherChoice mWeatherChoice = WeatherChoice::Keep;
    WeatherFile mWeatherFile;
    QString mWeatherFileName;
    std::unique_ptr<FieldForm<Site>> mForm;
};

}  // namespace rw
