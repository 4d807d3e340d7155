// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "buildinfo/buildinfo.h"
#include "buildinfo/components.h"
#include "store/planstore.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rw {

QString AboutDialog::html(const QString &engineText)
{
    QString h = tr("<h3>Rackwerk %1</h3><p>Capacity planner for AI data halls: floor plan, power and cooling "
                   "budgets, projections and reviews.</p><p>%2</p><p>Plan file format %3.</p>")
                    .arg(QString::fromLatin1(buildinfo::versionLine()).toHtmlEscaped(), engineText.toHtmlEscaped())
                    .arg(PlanStore::kSchemaVersion);
    h += tr("<p>Rackwerk is free software under the GNU General Public License, version 3 or any later version "
            "(%1). It comes with no warranty. The licence and its notes are in the files LICENSE and NOTICE.md "
            "of its source and in /usr/share/doc/rackwerk of its package.</p>")
             .arg(Components::licence());
    if (!QString::fromLatin1(buildinfo::cudaRuntimeVersion()).isEmpty())
        h += tr("<p>This build has the CUDA engine: it holds NVIDIA's CUDA runtime, which is not under the GPL. "
                "Use it on the machines it was built for and do not pass it on; the package holds the CPU "
                "engine only.</p>");
    h += QStringLiteral("<h4>%1</h4><table cellpadding=\"3\"><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                        "<th align=\"left\">%4</th><th align=\"left\">%5</th></tr>")
             .arg(tr("Components of this build"), tr("Component"), tr("Version"), tr("Licence"), tr("Used for"));
    for (const Component &c : Components::all())
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.licence.toHtmlEscaped(),
                     c.use.toHtmlEscaped());
    return h + QStringLiteral("</table>");
}

AboutDialog::AboutDialog(const QString &engineText, QWidget *parent) : QDialog(parent), mText(new QTextBrowser(this))
{
    setWindowTitle(tr("About Rackwerk"));
    mText->setOpenExternalLinks(true);
    mText->setHtml(html(engineText));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mText);
    layout->addWidget(buttons);
    resize(720, 560);
}

}  // namespace rw
