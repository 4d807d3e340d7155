#pragma once

#include "plan/entities.h"

#include <QDialog>

#include <memory>

namespace rw {

template <typename T> class FieldForm;

/// Edits one power node: name, kind, side, ratings (kW and kVA), power factor, the efficiency curve
/// (25/50/75/100 % load) and its redundancy group and scheme. The editor checks the result.
class PowerNodeDialog : public QDialog {
    Q_OBJECT
public:
    PowerNodeDialog(const PowerNode &node, bool readOnly, QWidget *parent = nullptr);
    ~PowerNodeDialog() override;
    PowerNode node() const;

private:
    PowerNode mOriginal;
    std::unique_ptr<FieldForm<PowerNode>> mForm;
};

}  // namespace rw
