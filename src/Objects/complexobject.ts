/**
 * @mirrors Objects/complexobject.c
 *
 * Today only repr() of a complex value: `1j`, `(1+2j)`, `(-0-1j)`; each part is written
 * like a float repr but without a trailing `.0`, and the real part is left out when it is
 * +0.0.
 */
import { float_repr } from "./floatobject.ts";

/** A part of a complex number: float repr with 'r' formatting but no forced `.0`. */
function part(x: number): string {
  const r = float_repr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

/** @cpython complex_repr */
export function complex_repr(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return `${part(imag)}j`;
  const im = part(imag);
  const signed = im.startsWith("-") ? im : `+${im}`;
  return `(${part(real)}${signed}j)`;
}
