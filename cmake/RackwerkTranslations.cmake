# SPDX-License-Identifier: GPL-3.0-or-later
# lupdate over every layer that shows text, into translations/rackwerk_de.ts, and the plural forms of the
# English source texts ("%n year(s)") into translations/rackwerk_en.ts:
#   cmake --build build --target update_translations
# (qt_add_lupdate in Qt 6.4 scans one target's sources only; our strings live in four.)
set(RACKWERK_TS_FILES ${PROJECT_SOURCE_DIR}/translations/rackwerk_de.ts)
set(RACKWERK_TR_SOURCE_DIRS ${PROJECT_SOURCE_DIR}/model ${PROJECT_SOURCE_DIR}/views ${PROJECT_SOURCE_DIR}/app)
add_custom_target(update_translations
    COMMAND Qt6::lupdate -locations none -no-obsolete ${RACKWERK_TR_SOURCE_DIRS} -ts ${RACKWERK_TS_FILES}
    COMMAND Qt6::lupdate -locations none -no-obsolete -pluralonly ${RACKWERK_TR_SOURCE_DIRS}
            -ts ${PROJECT_SOURCE_DIR}/translations/rackwerk_en.ts
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating ${RACKWERK_TS_FILES}"
    VERBATIM)
