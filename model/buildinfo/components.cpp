// SPDX-License-Identifier: GPL-3.0-or-later
#include "components.h"

#include "buildinfo.h"

#include <boost/version.hpp>
#include <sqlite3.h>
#ifdef RW_HAVE_XLSXWRITER
#include <xlsxwriter.h>
#endif

#include <QtGlobal>

namespace rw {

std::vector<Component> Components::all()
{
    std::vector<Component> list {
        { QStringLiteral("Qt (Core, Gui, Widgets)"), QString::fromLatin1(qVersion()),
            QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"), tr("user interface, files, PDF reports") },
        { QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-or-later"),
            tr("charts of the projections") },
        { QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
            tr("plan files (public domain)") },
        { QStringLiteral("Boost.Graph"),
            QStringLiteral("%1.%2.%3")
                .arg(BOOST_VERSION / 100000)
                .arg(BOOST_VERSION / 100 % 1000)
                .arg(BOOST_VERSION % 100),
            QStringLiteral("BSL-1.0"), tr("power flow through the power chain") },
        { QStringLiteral("dxflib"), QStringLiteral(RW_DXFLIB_VERSION), QStringLiteral("GPL-2.0-or-later"),
            tr("DXF floor plans as underlays") },
        { QStringLiteral("Qt SVG"), QString::fromLatin1(qVersion()),
            QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"), tr("SVG pages as underlays") },
        { QStringLiteral("Qt PDF (with PDFium)"), QString::fromLatin1(qVersion()),
            QStringLiteral("(LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only) AND BSD-3-Clause"),
            tr("PDF pages as underlays") },
    };
#ifdef RW_HAVE_XLSXWRITER
    list.push_back({ QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()),
        QStringLiteral("BSD-2-Clause AND Zlib AND MPL-2.0"), tr("spreadsheet (XLSX) export") });
#endif
    if (const QString cuda = QString::fromLatin1(buildinfo::cudaRuntimeVersion()); !cuda.isEmpty())
        list.push_back({ QStringLiteral("NVIDIA CUDA runtime (cudart_static)"), cuda,
            QStringLiteral("LicenseRef-NVIDIA-CUDA-EULA"),
            tr("the CUDA engine; a build for its own machine, not to be passed on (NOTICE.md)") });
    list.push_back({ QStringLiteral("DejaVu Sans"), QString(), QStringLiteral("Bitstream-Vera"),
        tr("font embedded in PDF reports (from the system)") });
    return list;
}

}  // namespace rw
