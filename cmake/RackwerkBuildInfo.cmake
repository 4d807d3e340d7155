# SPDX-License-Identifier: GPL-3.0-or-later
# Version and git commit, compiled into the small rackwerk_buildinfo library. The commit is read at every
# build (not only at configure time), and the generated source is rewritten only when it changed, so an
# unchanged tree recompiles nothing. A source tree without git (a release tarball) passes
# -DRACKWERK_GIT_COMMIT=... or gets "unknown".
set(RACKWERK_GIT_COMMIT "" CACHE STRING "Git commit to embed when the source tree has no .git")
set(RW_BUILDINFO_CPP ${CMAKE_BINARY_DIR}/generated/buildinfo.cpp)
set(rw_cuda_version "")
if(RACKWERK_CUDA_ENABLED)
    set(rw_cuda_version ${CMAKE_CUDA_COMPILER_VERSION})  # cudart is linked statically from this toolkit
endif()
add_custom_target(rackwerk_buildinfo_source
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${RW_BUILDINFO_CPP}
            -DVERSION=${PROJECT_VERSION} -DCOMMIT_OVERRIDE=${RACKWERK_GIT_COMMIT}
            -DCUDA_VERSION=${rw_cuda_version}
            -DTEMPLATE=${PROJECT_SOURCE_DIR}/cmake/buildinfo.cpp.in -P ${PROJECT_SOURCE_DIR}/cmake/WriteBuildInfo.cmake
    BYPRODUCTS ${RW_BUILDINFO_CPP}
    COMMENT "Embedding the git commit"
    VERBATIM)
add_library(rackwerk_buildinfo STATIC ${RW_BUILDINFO_CPP} ${PROJECT_SOURCE_DIR}/model/buildinfo/buildinfo.h)
add_dependencies(rackwerk_buildinfo rackwerk_buildinfo_source)
target_include_directories(rackwerk_buildinfo PUBLIC ${PROJECT_SOURCE_DIR}/model)
