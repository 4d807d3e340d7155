# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when code outside model/ changes a plan behind the undo stack: views/ and app/ edit through the
# named operations of model/commands only, never through PlanFiller (which fills plans nobody edits yet).
file(GLOB_RECURSE sources ${SOURCE_DIR}/views/*.cpp ${SOURCE_DIR}/views/*.h
                          ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
set(offenders "")
foreach(source IN LISTS sources)
    file(READ ${source} text)
    string(FIND "${text}" "PlanFiller" at)
    if(NOT at EQUAL -1)
        list(APPEND offenders ${source})
    endif()
endforeach()
if(offenders)
    message(FATAL_ERROR "PlanFiller used outside model/ (edit through model/commands instead): ${offenders}")
endif()
