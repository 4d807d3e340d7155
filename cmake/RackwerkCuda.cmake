# SPDX-License-Identifier: GPL-3.0-or-later
# CUDA is found, not required. RACKWERK_CUDA: AUTO (default) uses nvcc when present, OFF never does,
# ON fails without it. Sets RACKWERK_CUDA_ENABLED.
set(RACKWERK_CUDA AUTO CACHE STRING "Build the CUDA engine: AUTO, ON or OFF")
set_property(CACHE RACKWERK_CUDA PROPERTY STRINGS AUTO ON OFF)
set(RACKWERK_CUDA_ENABLED OFF)
if(NOT RACKWERK_CUDA STREQUAL "OFF")
    include(CheckLanguage)
    check_language(CUDA)
    if(CMAKE_CUDA_COMPILER)
        if(NOT DEFINED CMAKE_CUDA_ARCHITECTURES)
            set(CMAKE_CUDA_ARCHITECTURES 80 90)  # A100, H100/H200; nvcc 13 rejects 70 and below
        endif()
        enable_language(CUDA)
        set(CMAKE_CUDA_STANDARD 17)  # CMake 3.25 knows no CUDA 20 flags for nvcc 13; the shared headers are C++17
        set(CMAKE_CUDA_STANDARD_REQUIRED ON)
        set(CMAKE_CUDA_RUNTIME_LIBRARY Static)
        set(RACKWERK_CUDA_ENABLED ON)
    elseif(RACKWERK_CUDA STREQUAL "ON")
        message(FATAL_ERROR "RACKWERK_CUDA=ON but no CUDA compiler was found")
    endif()
endif()
message(STATUS "Rackwerk CUDA engine: ${RACKWERK_CUDA_ENABLED}")
