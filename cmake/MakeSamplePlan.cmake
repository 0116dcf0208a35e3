# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DAPP=<cutover-planner> -DOUT=<file.cutover> -P MakeSamplePlan.cmake
# Creates the bundled sample plan from the online-migration template, only when it does not
# exist yet: a planner may have edited it, and rebuilding must never throw that work away.
if(EXISTS "${OUT}")
    message(STATUS "Sample plan ${OUT} exists; keeping it (delete it to start afresh)")
    return()
endif()
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(
    COMMAND "${APP}" new "${OUT}" --template online-migration
            --name "Orders database to Azure SQL" --timezone Europe/Berlin
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "creating the sample plan failed (exit ${rc})")
endif()
