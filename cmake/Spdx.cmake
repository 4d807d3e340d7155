# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file of Rackwerk names its licence in an SPDX header near its top.
#   cmake -DROOT=. -DMODE=check -P cmake/Spdx.cmake   lists the files without one and fails (CTest spdx_headers)
#   cmake -DROOT=. -DMODE=add -P cmake/Spdx.cmake     adds the header to them (after a #! line where one is)
# Source files: C++ and CUDA, CMake, shell and Python scripts, templates (*.in), the CI entry point.
cmake_minimum_required(VERSION 3.25)
set(RW_SPDX_ID "GPL-3.0-or-later")
if(NOT DEFINED ROOT OR NOT DEFINED MODE)
    message(FATAL_ERROR "usage: cmake -DROOT=<source dir> -DMODE=check|add -P Spdx.cmake")
endif()
get_filename_component(ROOT "${ROOT}" ABSOLUTE)

file(GLOB_RECURSE rw_candidates RELATIVE ${ROOT} LIST_DIRECTORIES false
    ${ROOT}/*.cpp ${ROOT}/*.h ${ROOT}/*.cu ${ROOT}/*.cuh ${ROOT}/*.in ${ROOT}/*.cmake ${ROOT}/CMakeLists.txt
    ${ROOT}/*.sh ${ROOT}/*.py ${ROOT}/.ci/run)
set(rw_missing "")
foreach(rel IN LISTS rw_candidates)
    # Build folders (build, build-fuzz, build-package, ...), git's own files and installed npm packages
    # (scripts/epanet/node_modules) are not our sources.
    if(rel MATCHES "^(build[^/]*|\\.git)/" OR rel MATCHES "/_CPack_Packages/" OR rel MATCHES "(^|/)node_modules/")
        continue()
    endif()
    file(STRINGS ${ROOT}/${rel} head LIMIT_COUNT 5)
    string(FIND "${head}" "SPDX-License-Identifier: ${RW_SPDX_ID}" found)
    if(found GREATER_EQUAL 0)
        continue()
    endif()
    list(APPEND rw_missing ${rel})
    if(MODE STREQUAL "add")
        if(rel MATCHES "\\.(cpp|h|cu|cuh)$" OR rel MATCHES "buildinfo\\.cpp\\.in$")
            set(line "// SPDX-License-Identifier: ${RW_SPDX_ID}")
        else()
            set(line "# SPDX-License-Identifier: ${RW_SPDX_ID}")
        endif()
        file(READ ${ROOT}/${rel} content)
        if(content MATCHES "^#![^\n]*\n")
            string(LENGTH "${CMAKE_MATCH_0}" shebang)
            string(SUBSTRING "${content}" 0 ${shebang} first)
            string(SUBSTRING "${content}" ${shebang} -1 rest)
            file(WRITE ${ROOT}/${rel} "${first}${line}\n${rest}")
        else()
            file(WRITE ${ROOT}/${rel} "${line}\n${content}")
        endif()
    endif()
endforeach()

list(LENGTH rw_missing count)
if(MODE STREQUAL "check" AND count GREATER 0)
    list(JOIN rw_missing "\n  " listed)
    message(FATAL_ERROR "${count} source files have no SPDX-License-Identifier: ${RW_SPDX_ID} in their first "
                        "5 lines (add it with cmake -DROOT=. -DMODE=add -P cmake/Spdx.cmake):\n  ${listed}")
endif()
message(STATUS "SPDX headers: ${count} source files without one (mode ${MODE})")
