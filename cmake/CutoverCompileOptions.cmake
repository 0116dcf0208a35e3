# SPDX-License-Identifier: GPL-3.0-or-later
# Compile settings shared by every target of the project: strict Qt, strict warnings.
# Product code never converts between 8-bit strings and QString implicitly. Tests link
# cutover_test_options instead, which still allows string literals (and only literals), so
# their data tables stay readable.
add_library(cutover_strict_strings INTERFACE)
target_compile_definitions(cutover_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII)
add_library(cutover_test_strings INTERFACE)
target_compile_definitions(cutover_test_strings INTERFACE QT_RESTRICTED_CAST_FROM_ASCII)

add_library(cutover_compile_options INTERFACE)
target_compile_definitions(cutover_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(cutover_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(CUTOVER_WERROR)
    target_compile_options(cutover_compile_options INTERFACE -Werror)
endif()
if(CUTOVER_SANITIZE)
    target_compile_options(cutover_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(cutover_compile_options INTERFACE -fsanitize=address,undefined)
endif()

include(${CMAKE_CURRENT_LIST_DIR}/CutoverLayering.cmake)

# cutover_add_library(NAME SOURCES ... LINKS ... PRIVATE_LINKS ...): one folder, one library
# target. LINKS are PUBLIC (a public header includes them), PRIVATE_LINKS the rest; the layering
# check (CutoverLayering.cmake) holds the includes to these lists.
function(cutover_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;PRIVATE_LINKS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_LINKS} PRIVATE cutover_compile_options cutover_strict_strings ${ARG_PRIVATE_LINKS})
    cutover_layering_register(${name} "${ARG_LINKS}" "${ARG_PRIVATE_LINKS}")
endfunction()

# libFuzzer builds (clang only): every target gets coverage instrumentation and the sanitizers;
# the fuzz executables in tests/fuzz add the libFuzzer main.
if(CUTOVER_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CUTOVER_BUILD_FUZZERS needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(cutover_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(cutover_compile_options INTERFACE -fsanitize=address,undefined)
endif()
