/**
 * @typhon The values an AST `Constant` node (and, after folding, a code object's constant
 * table) holds before the object model exists. CPython stores real PyObjects there; the
 * front end works with these JavaScript stand-ins, and the runtime maps each one to the
 * Python object of the same value.
 *
 *   None -> PyNone.None       Ellipsis -> PyEllipsis.Ellipsis
 *   bool -> boolean           int -> bigint          float -> number
 *   complex -> PyComplex      str -> string          bytes -> PyBytes
 *   tuple -> ConstantTuple    frozenset -> ConstantFrozenset
 *
 * A Python str is a sequence of code points; a JavaScript string holds UTF-16 units, with
 * non-BMP characters as surrogate pairs. DIVERGENCE: a Python string made of two lone
 * surrogates ("\ud83d\ude00" written as two escapes) cannot be told apart from the one
 * character they pair into.
 */
export class PyNone {
  static readonly None = new PyNone();
  private constructor() {}
}
export class PyEllipsis {
  static readonly Ellipsis = new PyEllipsis();
  private constructor() {}
}
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}
export class PyBytes {
  constructor(readonly value: Uint8Array) {}
}
export class ConstantTuple {
  constructor(readonly items: readonly ConstantValue[]) {}
}
export class ConstantFrozenset {
  constructor(readonly items: readonly ConstantValue[]) {}
}

export type ConstantValue =
  | PyNone
  | PyEllipsis
  | boolean
  | bigint
  | number
  | PyComplex
  | string
  | PyBytes
  | ConstantTuple
  | ConstantFrozenset;

export const None = PyNone.None;
export const Ellipsis = PyEllipsis.Ellipsis;
