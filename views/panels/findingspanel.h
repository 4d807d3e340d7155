#pragma once

#include "plan/plan.h"

#include <QTimer>
#include <QWidget>

class QListWidget;

namespace rw {

/// The plan's validation findings (errors and warnings), kept live; activating one selects its item.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(const Plan &plan, QWidget *parent = nullptr);
    int count() const;

signals:
    void entityActivated(rw::EntityKind kind, const QVariant &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const Plan &mPlan;
    QListWidget *mList;
    QTimer mRefreshTimer;
};

}  // namespace rw
