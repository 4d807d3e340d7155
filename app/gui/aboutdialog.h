// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace rw {

/// Help > About Rackwerk: version and commit, the engine, Rackwerk's licence and every component of
/// this build with its licence.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// engineText: which projection engine runs here (MainWindow::engineText()).
    explicit AboutDialog(const QString &engineText, QWidget *parent = nullptr);
    QTextBrowser *text() const { return mText; }
    /// The dialog's content as HTML.
    static QString html(const QString &engineText);

private:
    QTextBrowser *mText;
};

}  // namespace rw
