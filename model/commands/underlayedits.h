// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>
#include <QPointF>

namespace rw {

/// CAD drawings, vector pages and pictures under a hall's floor plan: import, scale, place, fade, trace, remove.
class UnderlayEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::UnderlayEdits)
public:
    /// Reads a DXF, SVG, PDF, PNG or JPEG file's bytes (the format from the file name's suffix) and puts it under
    /// the hall at 1 m per drawing unit (DXF), 1 cm per pixel (pictures) or as a 1:100 plan (SVG, and page
    /// `pdfPage` of a PDF, both drawn as a picture at PageRenderer::kDefaultDpi), its north-west corner on the
    /// hall's. The result's id is the underlay's; refused with the reader's one-line error for a file it cannot
    /// read.
    static EditResult import(
        PlanEditor &editor, Id hallId, const QByteArray &bytes, const QString &fileName, int pdfPage = 1);
    /// Scales the underlay so that drawing points a and b lie distanceM apart; a stays where it is.
    static EditResult scaleByTwoPoints(PlanEditor &editor, Id underlayId, QPointF a, QPointF b, double distanceM);
    /// Moves the drawing's origin to originM in the hall.
    static EditResult moveTo(PlanEditor &editor, Id underlayId, QPointF originM);
    /// Opacity 0 to 1; repeated changes of the same underlay merge into one undo step (a slider drag).
    static EditResult setOpacity(PlanEditor &editor, Id underlayId, double opacity);
    static EditResult remove(PlanEditor &editor, Id underlayId);
    /// Walls from the underlay's straight segments that run along x or y (within 1°) and are at least minLengthM
    /// long, each thicknessM thick, as obstacles of kind wall in the hall (clipped to it); one undo step;
    /// refused when no segment qualifies.
    static EditResult traceWalls(PlanEditor &editor, Id underlayId, double thicknessM, double minLengthM);
    /// Columns from the underlay's small closed figures (squares, rectangles, circles) whose sides lie between
    /// minSideM and maxSideM: obstacles of kind column, floor to ceiling, their footprint the figure's bounding
    /// box (a round column becomes its square). Figures outside the hall and columns already there are left
    /// out; one undo step; refused when no figure qualifies.
    static EditResult traceColumns(PlanEditor &editor, Id underlayId, double minSideM, double maxSideM);
};

}  // namespace rw
