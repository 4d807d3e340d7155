#pragma once

#include <QString>

namespace rw {

/// Translated label, unit and tooltip of a stored field, by its file name ("maxPowerW").
struct FieldLabel {
    QString text;
    QString unit;  ///< e.g. "kW", empty for none
    QString tip;
};

FieldLabel fieldLabel(const QString &fieldName);
/// Translated display text of an enum value's file name ("hot-aisle" -> "Hot aisle").
QString enumValueLabel(const QString &valueName);

}  // namespace rw
