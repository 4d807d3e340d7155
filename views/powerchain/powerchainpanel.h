// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "analysis/powerscope.h"
#include "plan/plan.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;

namespace rw {

class OneLineScene;
class OneLineView;
class PlanEditor;
struct EditResult;

/// The power chain as an editable one-line diagram: add, edit and remove nodes, link them, connect
/// racks' feeds A and B; every edit goes through the PlanEditor (undoable) and a refused one says why.
/// Selecting a node announces it, so the floor plan can show what it feeds.
class PowerChainPanel : public QWidget {
    Q_OBJECT
public:
    PowerChainPanel(PlanEditor &editor, QWidget *parent = nullptr);
    ~PowerChainPanel() override;

    OneLineScene *scene() const { return mScene; }
    OneLineView *view() const { return mView; }
    void setReadOnly(bool readOnly);
    void setAnalysis(const PowerAnalysis &analysis);

    /// The edits behind the tool bar (public for the tests and the main window).
    /// Asks for a new node; it is linked below `feedingNodeId` (preset in the dialog) or, with kNoId, to
    /// whatever the user chooses there, by default nothing.
    void addNode(Id feedingNodeId = kNoId);
    void editNode(Id nodeId);
    void removeSelected();
    void connectSelected();
    void feedRacks(Id nodeId);
    /// The selected nodes become rectifiers and everything below them 800 V DC busway (PowerEdits::convertToDc800).
    void convertSelectedToDc();
    /// Selects these nodes in the diagram and scrolls them into the middle of the view (showing the whole
    /// chain when the current scope leaves one out).
    void showNodes(const std::vector<Id> &nodeIds);
    /// The part of the chain drawn; the Show box offers the same.
    void setScope(const PowerScope &scope);
    PowerScope scope() const;
    /// The floor plan opened this hall: a diagram scoped to a part of the campus follows it.
    void followHall(Id hallId);

signals:
    /// One node is selected (kNoId: none or several).
    void nodeSelected(rw::Id nodeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// The Show box's entries: everything, the part above the halls where there are several, each hall.
    void fillScopes();
    /// After a new plan: a campus chain too large to read at once opens at the part above the halls.
    void chooseDefaultScope();
    void updateActions();
    /// Announces the selected node when it changed since the last announcement.
    void announceSelection();
    /// Shows why an edit was refused; returns whether it was accepted.
    bool report(const EditResult &result, const QString &title);

    PlanEditor &mEditor;
    OneLineScene *mScene;
    OneLineView *mView;
    QToolBar *mToolBar;
    QLabel *mLegend;
    QLabel *mScopeLabel;
    QComboBox *mScopeBox;
    QAction *mAdd, *mAddBelow, *mEdit, *mConnect, *mFeed, *mRemove, *mToDc, *mZoomIn, *mZoomOut, *mFit;
    bool mReadOnly = false;
    Id mAnnounced = kNoId;
};

}  // namespace rw
