// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace rw {

/// Chooses racks and the side (feed A or B) to connect to one power node. Racks already fed from the
/// node on the chosen side start ticked; unticking one disconnects it.
class RackFeedDialog : public QDialog {
    Q_OBJECT
public:
    RackFeedDialog(const Plan &plan, const PowerNode &node, QWidget *parent = nullptr);

    FeedSide side() const;
    /// Racks to connect to the node, and racks to disconnect from it, on side().
    std::vector<Id> racksToConnect() const;
    std::vector<Id> racksToDisconnect() const;

private:
    void fill();
    void filter(const QString &text);

    const Plan &mPlan;
    Id mNodeId;
    QComboBox *mSide;
    QLineEdit *mFilter;
    QListWidget *mRacks;
};

}  // namespace rw
