# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the field tables in docs/plan-json.md differ from `rackwerk-cli fields`.
execute_process(COMMAND ${CLI} fields OUTPUT_VARIABLE generated RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "rackwerk-cli fields failed (${rc})")
endif()
file(READ ${DOC} doc)
string(FIND "${doc}" "<!-- BEGIN GENERATED: rackwerk-cli fields -->\n${generated}<!-- END GENERATED -->" at)
if(at EQUAL -1)
    message(FATAL_ERROR "docs/plan-json.md is out of date: replace its generated section with the output of `rackwerk-cli fields`")
endif()
