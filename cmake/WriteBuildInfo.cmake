# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=... -DOUTPUT=... -DVERSION=... [-DCOMMIT_OVERRIDE=...] -DTEMPLATE=... -P WriteBuildInfo.cmake
set(COMMIT "${COMMIT_OVERRIDE}")
if(COMMIT STREQUAL "")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS ${SOURCE_DIR}/.git)
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD WORKING_DIRECTORY ${SOURCE_DIR}
                        OUTPUT_VARIABLE COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
        if(rc EQUAL 0)
            # Uncommitted changes to tracked files: the binary is not exactly that commit.
            execute_process(COMMAND ${GIT_EXECUTABLE} diff-index --quiet HEAD -- WORKING_DIRECTORY ${SOURCE_DIR}
                            RESULT_VARIABLE dirty ERROR_QUIET)
            if(NOT dirty EQUAL 0)
                string(APPEND COMMIT "-modified")
            endif()
        else()
            set(COMMIT "")
        endif()
    endif()
endif()
if(COMMIT STREQUAL "")
    set(COMMIT "unknown")
endif()
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)  # leaves the file alone when nothing changed
