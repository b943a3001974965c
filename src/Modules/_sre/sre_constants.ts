/**
 * @mirrors Modules/_sre/sre_constants.h
 * The numbers shared by the pattern compiler (Lib/re/_compiler.py and Lib/re/_constants.py)
 * and the matching engine: the version stamp, the opcodes a compiled pattern is made of,
 * the position assertions (AT_*), the character classes (CATEGORY_*), the flags, and the
 * bits of the INFO block. CPython generates its header from Lib/re/_constants.py; here the
 * same values are written out once, and a differential test checks them through re.
 */

export const SRE_MAGIC = 20220615;

export const SRE_OP_FAILURE = 0;
export const SRE_OP_SUCCESS = 1;
export const SRE_OP_ANY = 2;
export const SRE_OP_ANY_ALL = 3;
export const SRE_OP_ASSERT = 4;
export const SRE_OP_ASSERT_NOT = 5;
export const SRE_OP_AT = 6;
export const SRE_OP_BRANCH = 7;
export const SRE_OP_CATEGORY = 8;
export const SRE_OP_CHARSET = 9;
export const SRE_OP_BIGCHARSET = 10;
export const SRE_OP_GROUPREF = 11;
export const SRE_OP_GROUPREF_EXISTS = 12;
export const SRE_OP_IN = 13;
export const SRE_OP_INFO = 14;
export const SRE_OP_JUMP = 15;
export const SRE_OP_LITERAL = 16;
export const SRE_OP_MARK = 17;
export const SRE_OP_MAX_UNTIL = 18;
export const SRE_OP_MIN_UNTIL = 19;
export const SRE_OP_NOT_LITERAL = 20;
export const SRE_OP_NEGATE = 21;
export const SRE_OP_RANGE = 22;
export const SRE_OP_REPEAT = 23;
export const SRE_OP_REPEAT_ONE = 24;
export const SRE_OP_SUBPATTERN = 25;
export const SRE_OP_MIN_REPEAT_ONE = 26;
export const SRE_OP_ATOMIC_GROUP = 27;
export const SRE_OP_POSSESSIVE_REPEAT = 28;
export const SRE_OP_POSSESSIVE_REPEAT_ONE = 29;
export const SRE_OP_GROUPREF_IGNORE = 30;
export const SRE_OP_IN_IGNORE = 31;
export const SRE_OP_LITERAL_IGNORE = 32;
export const SRE_OP_NOT_LITERAL_IGNORE = 33;
export const SRE_OP_GROUPREF_LOC_IGNORE = 34;
export const SRE_OP_IN_LOC_IGNORE = 35;
export const SRE_OP_LITERAL_LOC_IGNORE = 36;
export const SRE_OP_NOT_LITERAL_LOC_IGNORE = 37;
export const SRE_OP_GROUPREF_UNI_IGNORE = 38;
export const SRE_OP_IN_UNI_IGNORE = 39;
export const SRE_OP_LITERAL_UNI_IGNORE = 40;
export const SRE_OP_NOT_LITERAL_UNI_IGNORE = 41;
export const SRE_OP_RANGE_UNI_IGNORE = 42;

export const SRE_AT_BEGINNING = 0;
export const SRE_AT_BEGINNING_LINE = 1;
export const SRE_AT_BEGINNING_STRING = 2;
export const SRE_AT_BOUNDARY = 3;
export const SRE_AT_NON_BOUNDARY = 4;
export const SRE_AT_END = 5;
export const SRE_AT_END_LINE = 6;
export const SRE_AT_END_STRING = 7;
export const SRE_AT_LOC_BOUNDARY = 8;
export const SRE_AT_LOC_NON_BOUNDARY = 9;
export const SRE_AT_UNI_BOUNDARY = 10;
export const SRE_AT_UNI_NON_BOUNDARY = 11;

export const SRE_CATEGORY_DIGIT = 0;
export const SRE_CATEGORY_NOT_DIGIT = 1;
export const SRE_CATEGORY_SPACE = 2;
export const SRE_CATEGORY_NOT_SPACE = 3;
export const SRE_CATEGORY_WORD = 4;
export const SRE_CATEGORY_NOT_WORD = 5;
export const SRE_CATEGORY_LINEBREAK = 6;
export const SRE_CATEGORY_NOT_LINEBREAK = 7;
export const SRE_CATEGORY_LOC_WORD = 8;
export const SRE_CATEGORY_LOC_NOT_WORD = 9;
export const SRE_CATEGORY_UNI_DIGIT = 10;
export const SRE_CATEGORY_UNI_NOT_DIGIT = 11;
export const SRE_CATEGORY_UNI_SPACE = 12;
export const SRE_CATEGORY_UNI_NOT_SPACE = 13;
export const SRE_CATEGORY_UNI_WORD = 14;
export const SRE_CATEGORY_UNI_NOT_WORD = 15;
export const SRE_CATEGORY_UNI_LINEBREAK = 16;
export const SRE_CATEGORY_UNI_NOT_LINEBREAK = 17;

export const SRE_FLAG_TEMPLATE = 1;
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

export const SRE_INFO_PREFIX = 1;
export const SRE_INFO_LITERAL = 2;
export const SRE_INFO_CHARSET = 4;
