// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMimeData;

namespace rw {

/// Opens plan files dropped from a file manager: installed on the main window and on widgets that take
/// drops of their own (the floor plan), it takes only drags of local .rackwerk files and leaves every
/// other drag (devices from the catalogue) to the widget.
class PlanDrop : public QObject {
    Q_OBJECT
public:
    explicit PlanDrop(QObject *parent = nullptr) : QObject(parent) { }

    /// The first local .rackwerk file a drag carries; empty when it carries none.
    static QString planIn(const QMimeData *mime);

signals:
    void planDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

}  // namespace rw
