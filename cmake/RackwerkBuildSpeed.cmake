# SPDX-License-Identifier: GPL-3.0-or-later
# Build time is most of a CI run (2 cores, no cache): three measured savings for the g++ build.
#
# Line tables only in RelWithDebInfo (-g1 after CMake's -g; clang's instrumented builds already use
# -gline-tables-only): stack traces and profiles still name file and line, objects are a quarter the size
# (tst_validation.o 9.1 -> 2.2 MB) and a file compiles about a sixth faster (17.6 -> 14.5 s CPU). Full
# debug information: CMAKE_BUILD_TYPE=Debug, or RACKWERK_FULL_DEBUG_INFO=ON.
option(RACKWERK_FULL_DEBUG_INFO "Keep full debug information (-g) in RelWithDebInfo" OFF)
if(NOT RACKWERK_FULL_DEBUG_INFO AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options($<$<AND:$<CONFIG:RelWithDebInfo>,$<COMPILE_LANGUAGE:CXX>>:-g1>)
endif()

# gold links a suite in about half the CPU time of the default linker (tst_validation 1.7 -> 0.8 s); a
# hundred executables are linked.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=gold" RW_HAVE_GOLD)
    if(RW_HAVE_GOLD)
        add_link_options(-fuse-ld=gold)
    endif()
endif()

# rw_reuse_test_pch(TARGET KIND LIBS...): every suite includes <QtTest>, whose parsing is 4.3 of a suite's
# 13 s CPU with g++; one precompiled header per test folder and KIND (core or widgets: QtTest's headers
# differ with QT_WIDGETS_LIB) is made once and reused by the folder's suites. g++ only: clang refuses a
# header made with other -D values (QtTest names the folder in one), and the instrumented builds are clang.
# -Winvalid-pch makes a header that g++ could not use an error instead of a silent slow path.
function(rw_reuse_test_pch target kind)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR RACKWERK_SANITIZE)
        return()
    endif()
    string(MAKE_C_IDENTIFIER "${CMAKE_CURRENT_SOURCE_DIR}" folder)
    string(REGEX REPLACE ".*_tests_" "" folder "${folder}")
    set(pch rw_test_pch_${folder}_${kind})
    if(NOT TARGET ${pch})
        add_library(${pch} OBJECT ${PROJECT_SOURCE_DIR}/tests/common/pch_anchor.cpp)
        target_link_libraries(${pch} PRIVATE Qt6::Test ${ARGN})
        target_precompile_headers(${pch} PRIVATE <QtTest>)
        set_target_properties(${pch} PROPERTIES AUTOMOC OFF)
    endif()
    target_precompile_headers(${target} REUSE_FROM ${pch})
    target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()

# rw_precompile_common_headers(TARGET core|widgets): the Qt and standard headers most of a library's files
# include, parsed once for the target instead of once per file (model/analysis/capacitysearch.cpp 3.5 ->
# 1.3 s CPU, review/reviewreport.cpp 8.8 -> 5.0 s; a views panel 5.6 -> 4.5 s). Per target, so the header is
# made with the target's own flags: valid for g++ and clang alike.
set(RW_COMMON_CORE_HEADERS <QCoreApplication> <QString> <QStringList> <QLocale> <QJsonArray> <QJsonObject>
    <QJsonDocument> <QHash> <QList> <QVariant> <QFile> <algorithm> <functional> <map> <memory> <optional> <set>
    <string> <vector>)
set(RW_COMMON_WIDGETS_HEADERS <QWidget> <QAction> <QLabel> <QTableWidget> <QBoxLayout> <QPushButton>
    <QGraphicsScene> <QPainter>)
function(rw_precompile_common_headers target kind)
    set(headers ${RW_COMMON_CORE_HEADERS})
    if(kind STREQUAL "widgets")
        list(APPEND headers ${RW_COMMON_WIDGETS_HEADERS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
