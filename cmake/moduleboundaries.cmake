# Module boundaries are enforced by the build, not left to convention. The core (app/core) and the command-line
# program are built without QtWidgets:
# - they do not link it, so <QWidget> is not on their include path and a widget symbol does not link
#   (message-inspector-cli and the core's tests link the core and nothing with widgets);
# - mi_forbid_headers() makes the module-qualified spelling (<QtWidgets/QWidget>, which the shared Qt include
#   folder would otherwise let through) a compile error in their own sources;
# - mi_forbid_links() makes linking Widgets to them, directly or through another target, a configure error,
#   so neither error can be "fixed" by adding the library.

# Collects into <out_var> every target that <target> links, directly or transitively (usage requirements and
# the target's own link line), following imported and interface targets too.
function(mi_linked_targets target out_var)
    set(seen "")
    set(queue "${target}")
    while(queue)
        list(POP_FRONT queue current)
        get_target_property(aliased "${current}" ALIASED_TARGET)
        if(aliased)
            set(current "${aliased}")
        endif()
        if(current IN_LIST seen)
            continue()
        endif()
        list(APPEND seen "${current}")
        foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES)
            get_target_property(items "${current}" ${property})
            if(NOT items)
                continue()
            endif()
            foreach(item IN LISTS items)
                # $<LINK_ONLY:X> still links X; other generator expressions (resource objects, per-config
                # items) name no library target of their own.
                if(item MATCHES "^\\$<LINK_ONLY:([^>]+)>$")
                    set(item "${CMAKE_MATCH_1}")
                endif()
                if(TARGET "${item}")
                    list(APPEND queue "${item}")
                endif()
            endforeach()
        endforeach()
    endwhile()
    list(REMOVE_ITEM seen "${target}")
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

# mi_forbid_links(<target> FORBIDDEN <target>... WHY <text>): fails the configure step when <target> links any
# of the forbidden targets, directly or through another target.
function(mi_forbid_links target)
    cmake_parse_arguments(ARG "" "WHY" "FORBIDDEN" ${ARGN})
    mi_linked_targets("${target}" linked)
    foreach(forbidden IN LISTS ARG_FORBIDDEN)
        if(forbidden IN_LIST linked)
            message(FATAL_ERROR "${target} links ${forbidden} (directly or through another target), but "
                                "${ARG_WHY} Move the code that needs it to a target that may use it.")
        endif()
    endforeach()
endfunction()

# mi_forbid_headers(<target> <Qt module>…): every header of those Qt modules fails to compile in <target>'s own
# sources. Each module's headers include <QtX/qtxglobal.h> first; a folder searched before Qt's own holds a
# file of that name that stops the compiler with a message.
function(mi_forbid_headers target)
    set(guard_dir "${CMAKE_CURRENT_BINARY_DIR}/module-boundaries/${target}")
    foreach(module IN LISTS ARGN)
        string(TOLOWER "${module}" lower)
        file(CONFIGURE OUTPUT "${guard_dir}/${module}/${lower}global.h" CONTENT
"#error \"${target} is built without ${module} (cmake/moduleboundaries.cmake): move this code to a target \
that links ${module}\"
" @ONLY)
    endforeach()
    target_include_directories(${target} BEFORE PRIVATE "${guard_dir}")
endfunction()
