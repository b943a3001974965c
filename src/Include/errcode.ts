/**
 * @mirrors Include/errcode.h
 *
 * The status codes the tokenizer leaves in tok_state.done, which the parser turns into
 * SyntaxError messages (Parser/pegen_errors.c). The numbers are CPython's.
 */
export const E_OK = 10;        // no error
export const E_EOF = 11;       // end of input reached
export const E_INTR = 12;      // interrupted
export const E_TOKEN = 13;     // bad token
export const E_SYNTAX = 14;    // syntax error
export const E_NOMEM = 15;     // out of memory
export const E_DONE = 16;      // parse finished
export const E_ERROR = 17;     // an exception has already been set
export const E_TABSPACE = 18;  // tabs and spaces mixed inconsistently
export const E_OVERFLOW = 19;  // node too large
export const E_TOODEEP = 20;   // too many indentation levels
export const E_DEDENT = 21;    // dedent to no matching indentation level
export const E_DECODE = 22;    // source could not be decoded
export const E_EOFS = 23;      // end of file inside a triple-quoted string
export const E_EOLS = 24;      // end of line inside a single-quoted string
export const E_LINECONT = 25;  // unexpected character after a line continuation
export const E_BADSINGLE = 27; // more than one statement in single-statement input
