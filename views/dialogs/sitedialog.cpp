// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitedialog.h"

#include "fieldform.h"
#include "plan/entitytraits.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rw {

SiteDialog::SiteDialog(const Site &site, bool readOnly, QWidget *parent) : QDialog(parent), mOriginal(site)
{
    setWindowTitle(tr("Site and assumptions"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    mForm = std::make_unique<FieldForm<Site>>(form, siteFields());
    mForm->load(site);
    auto *buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // OK only when every number as typed is acceptable: nothing typed is dropped or corrected.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (mForm->checkInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (readOnly) {
        for (QWidget *editor : findChildren<QWidget *>()) {
            if (editor != buttons && !buttons->isAncestorOf(editor))
                editor->setEnabled(editor->inherits("QPlainTextEdit") || editor->inherits("QLabel"));
        }
    }
    resize(620, 640);
}

SiteDialog::~SiteDialog() = default;

Site SiteDialog::site() const
{
    return mForm->store(mOriginal);
}

}  // namespace rw
