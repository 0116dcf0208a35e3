# SPDX-License-Identifier: GPL-3.0-or-later
# Installation (executable, desktop entry, MIME type, AppStream metainfo, icons) and the
# Debian package (cpack -G DEB). See packaging/README.md.
include(GNUInstallDirs)

set(CUTOVER_APP_ID "org.cutoverplanner.CutoverPlanner")
set(CUTOVER_HOMEPAGE_URL "https://cutoverplanner.org" CACHE STRING "The project's homepage (AppStream, Debian package)")
set(CUTOVER_SCREENSHOT_BASE_URL "${CUTOVER_HOMEPAGE_URL}/screenshots" CACHE STRING
    "Where the AppStream screenshots (runbook.png, timeline.png, simulation.png, rollback.png) are published")
set(CUTOVER_RELEASE_DATE "2026-12-02" CACHE STRING "Date of this release (AppStream <release date>)")
set(CUTOVER_ICON_SIZES 16 22 24 32 48 64 128 256)

set(_packaging "${PROJECT_SOURCE_DIR}/packaging")
set(_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/cutover-planner.svg")
set(CUTOVER_METAINFO "${PROJECT_BINARY_DIR}/packaging/${CUTOVER_APP_ID}.metainfo.xml")
set(CUTOVER_DESKTOP_FILE "${_packaging}/${CUTOVER_APP_ID}.desktop")
set(CUTOVER_MIME_FILE "${_packaging}/cutover-planner-mime.xml")
configure_file("${_packaging}/${CUTOVER_APP_ID}.metainfo.xml.in" "${CUTOVER_METAINFO}" @ONLY)

# The PNG icon sizes, rendered from the SVG at build time by Qt's SVG renderer.
qt_add_executable(render-icon "${_packaging}/render-icon.cpp")
target_link_libraries(render-icon PRIVATE Qt6::Gui Qt6::Svg cutover_compile_options cutover_strict_strings)
set(_icon_dir "${PROJECT_BINARY_DIR}/icons/hicolor")
set(_icon_pngs)
foreach(_size ${CUTOVER_ICON_SIZES})
    list(APPEND _icon_pngs "${_icon_dir}/${_size}x${_size}/apps/cutover-planner.png")
endforeach()
add_custom_command(OUTPUT ${_icon_pngs}
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:render-icon> "${_icon_svg}" "${_icon_dir}" ${CUTOVER_ICON_SIZES}
    DEPENDS render-icon "${_icon_svg}"
    COMMENT "Rendering the application icon at ${CUTOVER_ICON_SIZES} pixels"
    VERBATIM)
add_custom_target(app-icons ALL DEPENDS ${_icon_pngs})

install(FILES "${CUTOVER_DESKTOP_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CUTOVER_METAINFO}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${CUTOVER_MIME_FILE}" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
        RENAME cutover-planner.xml)
install(FILES "${_icon_svg}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(DIRECTORY "${_icon_dir}/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor")

# The Debian package. dpkg-shlibdeps finds the libraries the executable links (Qt Core, Gui,
# Widgets, Sql, Charts, PrintSupport, Svg, ...); what Qt loads as plugins at run time it
# cannot see, so those packages are named here:
#   libqt6sql6-sqlite  the SQLite driver (sqldrivers/libqsqlite.so): every .cutover file
#   libqt6gui6         the xcb and offscreen platform plugins (platforms/), for the window
#                      and for the headless chart and report commands
#   libqt6svg6         the SVG icon engine and image format (iconengines/, imageformats/)
#   tzdata             the plans' IANA time zones (Qt reads /usr/share/zoneinfo)
#   shared-mime-info   to register application/x-cutover-plan (its dpkg trigger)
set(CPACK_PACKAGE_NAME "cutover-planner")
set(CPACK_PACKAGE_VENDOR "The Cutover Planner developers")
set(CPACK_PACKAGE_CONTACT "The Cutover Planner developers <maintainers@cutoverplanner.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CUTOVER_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "cutover-planner")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line and indents this text.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Cutover Planner plans the night of an online-migration cutover, offline, in
one crash-safe file: a runbook of phases and tasks with three-point durations,
dependencies and go/no-go gates; the timeline with its critical path; a Monte
Carlo simulation of the finish and the downtime; rollback criteria checked
against monitoring exports; and a PDF report. A desktop application and a
command-line tool in one executable.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6gui6 (>= 6.4), libqt6svg6 (>= 6.4), tzdata, shared-mime-info")
# Wayland sessions (qt6-wayland) and other platform themes (qt6-qpa-plugins); CJK names in
# the PDF report need a CJK font.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-qpa-plugins, fonts-noto-cjk, qt6-translations-l10n")
include(CPack)
