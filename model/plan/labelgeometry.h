// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QFont>
#include <QRectF>

namespace rw {

/// Where a text label lies on the floor: its text a line of heightM metres, centred on its position and
/// turned clockwise by its rotation. Measured with the application's fonts, so a QGuiApplication must exist.
class LabelGeometry {
public:
    /// The font the text is laid out in; scaled down to metres when painted.
    static QFont layoutFont();
    /// The unturned text in layout-font pixels, centred on the origin; never an invisible point.
    static QRectF textRectPx(const QString &text);
    /// Metres per layout-font pixel for this label.
    static double metresPerPixel(const Label &label);
    /// Width and height of the unturned text in metres.
    static QSizeF textSizeM(const Label &label);
    /// The rectangle the turned text covers in hall metres, centred on the label's position.
    static QRectF footprint(const Label &label);
};

}  // namespace rw
