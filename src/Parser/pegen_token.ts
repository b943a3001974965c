/**
 * @mirrors Parser/pegen.h
 *
 * The Token record the tokenizer hands to the PEG parser (CPython's `Token` struct in
 * pegen.h). Columns are offsets in UTF-8 bytes from the start of the line, as CPython
 * reports them in the AST; lines are 1-based.
 */
export class Token {
  /** The parser's memo entries for rules tried at this token (pegen.c's `memo` list). */
  memo: unknown = null;
  constructor(
    /** A token number from token.generated.ts; keywords get their own numbers from the parser. */
    public type: number,
    /** The token's source text (decoded). */
    public string: string,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** Parenthesis nesting depth at the token (tok_state.level). */
    public level: number,
  ) {}
}
