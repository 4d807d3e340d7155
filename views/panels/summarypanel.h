// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QTimer>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace rw {

/// Headline figures of the plan, kept live while it is edited.
class SummaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit SummaryPanel(const Plan &plan, QWidget *parent = nullptr);
    /// The text shown for a figure, for tests: "gpus", "racks", "nameplate", ...
    QString value(const QString &name) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QLabel *addRow(const QString &name);

    const Plan &mPlan;
    QFormLayout *mForm;
    QTimer mRefreshTimer;
    struct Row {
        QString name;
        QLabel *caption;
        QLabel *value;
    };
    std::vector<Row> mValues;
};

}  // namespace rw
