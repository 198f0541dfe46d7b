# Turn a text file into a C string: cmake -DIN=... -DOUT=... -DSYMBOL=... -P embed.cmake
file(READ "${IN}" text)
string(REPLACE "\\" "\\\\" text "${text}")
string(REPLACE "\"" "\\\"" text "${text}")
string(REPLACE "\n" "\\n\"\n\t\"" text "${text}")
file(WRITE "${OUT}.tmp"
  "/* Generated from ${IN} by core/cmake/embed.cmake: do not edit. */\n"
  "const char ${SYMBOL}[] =\n\t\"${text}\";\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
