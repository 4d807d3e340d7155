// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

#include <functional>

namespace rw {

class FloorPlanView;
class PlanEditor;

/// The Underlay menu: import a DXF, SVG, PDF, PNG or JPEG floor plan under the hall shown, scale it by two points (the
/// scale tool), fade it, trace walls and columns from it, remove it. Each entry calls a named operation of
/// UnderlayEdits; the menu itself holds no plan state.
class UnderlayMenu : public QMenu {
    Q_OBJECT
public:
    /// readOnly tells whether the plan shown may be changed now.
    UnderlayMenu(PlanEditor &editor, FloorPlanView &view, std::function<bool()> readOnly, QWidget *parent = nullptr);
    void retranslate();

private:
    void importFile();
    void setOpacity();
    void traceWalls();
    void traceColumns();
    void removeUnderlay();
    /// The underlay of the hall shown that the entries act on (the one imported last), or 0.
    qint64 currentUnderlay() const;
    void updateEnabled();

    PlanEditor &mEditor;
    FloorPlanView &mView;
    std::function<bool()> mReadOnly;
    QAction *mImport, *mScale, *mOpacity, *mTrace, *mTraceColumns, *mRemove;
};

}  // namespace rw
