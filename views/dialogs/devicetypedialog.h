// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/devicetype.h"

#include <QDialog>

#include <memory>

namespace rw {

template <typename T>
class FieldForm;

/// Edits one device type, every field with its unit. The key is fixed once a type exists.
class DeviceTypeDialog : public QDialog {
    Q_OBJECT
public:
    DeviceTypeDialog(const DeviceType &type, bool isNew, QWidget *parent = nullptr);
    ~DeviceTypeDialog() override;
    DeviceType deviceType() const;

private:
    DeviceType mOriginal;
    std::unique_ptr<FieldForm<DeviceType>> mForm;
};

}  // namespace rw
