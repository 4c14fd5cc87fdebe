# Project-wide settings every target of ours gets: warnings, strict Qt strings, sanitizers.
function(apsara_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
    if(APSARA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        APSARA_VERSION="${PROJECT_VERSION}")
    if(APSARA_FUZZ)
        # Coverage for libFuzzer in every library of ours; the fuzz targets add -fsanitize=fuzzer at link time.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(APSARA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    if(APSARA_HARDENING)
        # Debian's hardening flags (dpkg-buildflags with hardening=+all), so lintian finds fortified functions, a
        # stack protector and full RELRO. -U first: some compilers predefine another _FORTIFY_SOURCE level.
        target_compile_options(${target} PRIVATE -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2 -fstack-protector-strong
            -Wformat -Werror=format-security)
        target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
        set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    endif()
endfunction()

# apsara_add_test(NAME tst_x SOURCES ... LIBS ... LABEL unit|integration|gui|keychain|packaging [TIMEOUT s])
function(apsara_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    apsara_configure_target(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        APSARA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        APSARA_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        APSARA_COMMON_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    if(T_LABEL STREQUAL "keychain")
        add_test(NAME ${T_NAME}
            COMMAND dbus-run-session -- ${PROJECT_SOURCE_DIR}/tests/with-keyring.sh $<TARGET_FILE:${T_NAME}>)
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=*.debug=false")
    if(T_LABEL STREQUAL "engines")
        apsara_lock_local_engines(${T_NAME})
    endif()
endfunction()

# Two mariadb-install-db bootstraps started at the same moment fail now and then (seen under ctest -j2), so tests
# that start private engines take turns; everything else still runs beside them.
function(apsara_lock_local_engines)
    set_tests_properties(${ARGN} PROPERTIES RESOURCE_LOCK apsara_local_engines)
endfunction()

# apsara_add_library(name folder-sources...): a static library of one folder, registered for lupdate.
function(apsara_add_library target)
    file(GLOB sources CONFIGURE_DEPENDS
        "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    list(FILTER sources EXCLUDE REGEX "/main\\.cpp$")
    qt_add_library(${target} STATIC ${sources})
    apsara_configure_target(${target})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    set_property(GLOBAL APPEND PROPERTY APSARA_TR_SOURCES ${sources})
endfunction()
