# SPDX-License-Identifier: GPL-3.0-or-later
# Instrumented builds, each in a build folder of its own (the normal build stays g++ without them):
#   RACKWERK_FUZZ=ON      libFuzzer targets for every untrusted input (clang only): the engines and the
#                         model with ASan and UBSan and the fuzzer's coverage; nothing else is built.
#   RACKWERK_SANITIZE=ON  the whole project and its tests with ASan and UBSan (g++ or clang).
# scripts/dev.sh fuzz and scripts/dev.sh sanitize run them.
option(RACKWERK_FUZZ "Build the libFuzzer targets in tests/fuzz (clang; nothing else is built)" OFF)
option(RACKWERK_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(RACKWERK_FUZZ AND RACKWERK_SANITIZE)
    message(FATAL_ERROR "RACKWERK_FUZZ and RACKWERK_SANITIZE use separate build folders; choose one")
endif()
if(RACKWERK_FUZZ OR RACKWERK_SANITIZE)
    # UBSan findings abort, so that tests and the fuzzer see them as failures.
    set(RW_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    if(RACKWERK_FUZZ)
        if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
            message(FATAL_ERROR "RACKWERK_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
        endif()
        list(APPEND RW_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
    endif()
    add_compile_options("$<$<COMPILE_LANGUAGE:CXX>:${RW_SANITIZER_FLAGS}>")
    add_link_options(-fsanitize=address,undefined)
    set(RACKWERK_CUDA OFF CACHE STRING "Build the CUDA engine: AUTO, ON or OFF" FORCE)
endif()
