// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QDialog>

#include <memory>

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

private:
    Site mOriginal;
    std::unique_ptr<FieldForm<Site>> mForm;
};

}  // namespace rw
