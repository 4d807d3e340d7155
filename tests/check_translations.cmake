# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/rackwerk_de.ts has unfinished entries, or when the sources hold strings the
# file does not have yet (lupdate run on a copy would add them as unfinished). The same for the plural
# forms of the English texts in translations/rackwerk_en.ts ("%n year(s)" -> "1 year", "2 years").
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(language de en)
    set(copy ${WORK_DIR}/rackwerk_${language}.ts)
    configure_file(${SOURCE_DIR}/translations/rackwerk_${language}.ts ${copy} COPYONLY)
    set(only)
    if(language STREQUAL "en")
        set(only -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete ${only}
                            ${SOURCE_DIR}/model ${SOURCE_DIR}/views ${SOURCE_DIR}/app -ts ${copy}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc})")
    endif()
    file(READ ${copy} text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${count} ${language} translations are unfinished or missing (see ${copy}).\n"
                            "Run: cmake --build build --target update_translations, translate, commit.")
    endif()
endforeach()
message(STATUS "German translation and English plural forms complete")
