/**
 * @mirrors Include/cpython/pyerrors.h
 *
 * The front end (tokenizer, parser, symtable, compiler) runs before any Python object
 * exists, so it reports failures as plain data: the exception type's name, the message,
 * and for SyntaxError and its subclasses the fields of PySyntaxErrorObject. The runtime
 * turns one of these into a real exception object when it has one to make.
 */

/** The fields CPython keeps on a SyntaxError instance (PySyntaxErrorObject). */
export interface SyntaxErrorFields {
  filename: string;
  /** 1-based line number; 0 when unknown. */
  lineno: number;
  /** 1-based column in characters (code points) of `text`; 0 when unknown. */
  offset: number;
  /** The source line, with its newline, or null when not available. */
  text: string | null;
  end_lineno: number;
  end_offset: number;
}

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

/** A failure raised by the front end: `type` is the Python exception class name. */
export class PyFrontEndError {
  constructor(
    public readonly type: string,
    public readonly msg: string,
    /** Present for SyntaxError, IndentationError and TabError. */
    public readonly syntax: SyntaxErrorFields | null = null,
  ) {}
}
