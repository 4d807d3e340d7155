// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace rw {

const QUrl &HelpDialog::readmeUrl()
{
    static const QUrl url(QStringLiteral("qrc:/rackwerk/help/README.md"));
    return url;
}

HelpDialog::HelpDialog(QWidget *parent) : QDialog(parent), mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    mBrowser->setOpenExternalLinks(true);
    connect(mBrowser, &QTextBrowser::sourceChanged, this, &HelpDialog::fitImages);
    mBrowser->setSource(readmeUrl(), QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *back = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("back"));
    back->setEnabled(false);
    connect(mBrowser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, mBrowser, &QTextBrowser::backward);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBrowser);
    layout->addWidget(buttons);
    resize(900, 700);
    retranslate();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("Rackwerk help"));
    if (auto *back = findChild<QPushButton *>(QStringLiteral("back")))
        back->setText(tr("&Back"));
}

void HelpDialog::fitImages()
{
    constexpr double kMaxWidthPx = 820;
    QTextDocument *document = mBrowser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QVariant resource = mBrowser->loadResource(QTextDocument::ImageResource, QUrl(image.name()));
            QImage picture = resource.value<QImage>();
            if (picture.isNull())
                picture.loadFromData(resource.toByteArray());
            if (picture.isNull() || picture.width() <= kMaxWidthPx)
                continue;
            image.setWidth(kMaxWidthPx);
            image.setHeight(kMaxWidthPx * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

}  // namespace rw
