# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts where, and the Debian package CPack makes of it (scripts/dev.sh package):
# the programs, desktop file, icon, MIME type, AppStream metainfo, man pages, bash completion and the
# licence notes. The package carries the CPU engine only: a build with the CUDA engine links NVIDIA's
# runtime statically, which the package must not contain (NOTICE.md), so CPack refuses such a build.
include(GNUInstallDirs)

set(RW_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)
install(FILES ${RW_DESKTOP_DIR}/de.rackwerk.Rackwerk.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${RW_DESKTOP_DIR}/de.rackwerk.Rackwerk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${RW_DESKTOP_DIR}/rackwerk-plan.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME rackwerk.xml)
install(FILES ${RW_DESKTOP_DIR}/de.rackwerk.Rackwerk.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/completion/rackwerk ${PROJECT_SOURCE_DIR}/resources/completion/rackwerk-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
# Debian keeps a package's licence in /usr/share/doc/PACKAGE/copyright (the package is "rackwerk").
set(RW_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/rackwerk)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/NOTICE.md DESTINATION ${RW_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${RW_DOC_DIR} RENAME copyright)

# Man pages from the programs' own --help and --version (help2man, Debian package help2man), in English.
find_program(RW_HELP2MAN help2man)
if(RW_HELP2MAN)
    set(rw_man_pages "")
    foreach(program IN ITEMS rackwerk rackwerk-cli)
        set(page ${CMAKE_BINARY_DIR}/man/${program}.1)
        if(program STREQUAL "rackwerk")
            set(summary "capacity planner for AI data halls")
        else()
            set(summary "command-line planning, checks and reports for AI data halls")
        endif()
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
            COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen
                    ${RW_HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${summary}
                    --output=${page} $<TARGET_FILE:${program}>
            COMMAND gzip -9nf ${page}
            DEPENDS ${program}
            COMMENT "Man page of ${program} from its --help"
            VERBATIM)
        list(APPEND rw_man_pages ${page}.gz)
    endforeach()
    add_custom_target(rackwerk_man_pages ALL DEPENDS ${rw_man_pages})
    install(FILES ${rw_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "Rackwerk man pages: OFF - help2man not found (Debian: apt-get install help2man)")
endif()

set(CPACK_PACKAGE_NAME rackwerk)
set(CPACK_PACKAGE_VENDOR "The Rackwerk developers")
set(CPACK_PACKAGE_CONTACT "The Rackwerk developers <rackwerk@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Capacity planner for AI data halls")
set(CPACK_PACKAGE_DESCRIPTION "Rackwerk plans the racks, power chain and cooling of AI data halls, keeps \
power and cooling budgets live, checks plans against the German Energy Efficiency Act and EN 50600 and writes \
review reports (PDF/A, CSV, XLSX). This package holds the CPU projection engine.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME "rackwerk_${PROJECT_VERSION}_amd64")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3.0-or-later)
# The library packages the programs link (Qt 6, SQLite, libxlsxwriter) come from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# The refusal of a CUDA build runs when CPack installs the project.
if(RACKWERK_CUDA_ENABLED)
    set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/RefuseCudaPackage.cmake)
endif()
include(CPack)
# scripts/dev.sh packages a build folder as it is only when it has no CUDA engine.
set(RACKWERK_CUDA_BUILT ${RACKWERK_CUDA_ENABLED} CACHE INTERNAL "whether this build has the CUDA engine")
