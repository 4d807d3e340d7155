#include "powernodedialog.h"

#include "fieldform.h"
#include "plan/entitytraits.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rw {

PowerNodeDialog::PowerNodeDialog(const PowerNode &node, bool readOnly, QWidget *parent)
    : QDialog(parent), mOriginal(node)
{
    setWindowTitle(node.id == kNoId ? tr("New power node") : tr("Power node %1").arg(node.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    // Where the node stands on a floor plan is not part of the one-line diagram.
    mForm = std::make_unique<FieldForm<PowerNode>>(form, EntityTraits<PowerNode>::fields(),
        QStringList { QStringLiteral("id"), QStringLiteral("hallId"), QStringLiteral("xM"), QStringLiteral("yM") });
    mForm->load(node);
    auto *buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (readOnly) {
        for (QWidget *editor : findChildren<QWidget *>()) {
            if (editor != buttons && !buttons->isAncestorOf(editor))
                editor->setEnabled(editor->inherits("QLabel"));
        }
    }
}

PowerNodeDialog::~PowerNodeDialog() = default;

PowerNode PowerNodeDialog::node() const
{
    return mForm->store(mOriginal);
}

}  // namespace rw
