// SPDX-License-Identifier: GPL-3.0-or-later
#include "halledits.h"

#include "planbatch.h"

#include <QLocale>

namespace rw {

EditResult HallEdits::resize(PlanEditor &editor, Id hallId, double widthM, double depthM, int decimals)
{
    const Hall *current = editor.plan().find<Hall>(hallId);
    if (!current)
        return EditResult::refused(tr("Hall %1 does not exist.").arg(hallId));
    // Only the size changes: anything else edited meanwhile (an undo) stays as it is now.
    Hall hall = *current;
    hall.widthM = widthM;
    hall.depthM = depthM;
    const QLocale locale;
    PlanBatch batch(editor,
        tr("Resize hall to %1 x %2 m")
            .arg(locale.toString(widthM, 'f', decimals), locale.toString(depthM, 'f', decimals)));
    batch.update(hall);
    return batch.commit();
}

}  // namespace rw
