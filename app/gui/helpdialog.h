// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace rw {

/// Help > Rackwerk help (F1): the README and the documents it links to, bundled with the program, in a
/// browser that follows their links (web links open in the system's browser).
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    /// Where the bundled README lives (app/gui/help.qrc).
    static const QUrl &readmeUrl();

    explicit HelpDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return mBrowser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Pictures no wider than the page, so that the text beside them needs no scrolling sideways.
    void fitImages();

    QTextBrowser *mBrowser;
};

}  // namespace rw
