# Fails when translations/rackwerk_de.ts has unfinished entries, or when the sources hold strings the
# file does not have yet (lupdate run on a copy would add them as unfinished).
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/rackwerk_de.ts)
configure_file(${SOURCE_DIR}/translations/rackwerk_de.ts ${copy} COPYONLY)
execute_process(COMMAND ${LUPDATE} -silent -locations none -no-obsolete
                        ${SOURCE_DIR}/model ${SOURCE_DIR}/views ${SOURCE_DIR}/app -ts ${copy}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${copy} text)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${text}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} German translations are unfinished or missing (see ${copy}).\n"
                        "Run: cmake --build build --target update_translations, translate, commit.")
endif()
message(STATUS "German translation complete")
