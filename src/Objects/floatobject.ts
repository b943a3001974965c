/**
 * @mirrors Objects/floatobject.c
 *
 * Today only repr() of a float, which the AST dump and the disassembler print. Python
 * writes the shortest digit string that reads back as the same double (as JavaScript's
 * Number#toString does), but lays it out its own way: plain notation while the decimal
 * exponent is between -4 and 16, scientific notation (`1e+16`, `1.5e-05`) outside, and a
 * `.0` on integral values.
 *
 *   >>> 1e16, 1e15, 0.0001, 0.00001, 2.0, -0.0
 *   (1e+16, 1000000000000000.0, 0.0001, 1e-05, 2.0, -0.0)
 */

/** @cpython float_repr (format code 'r' of PyOS_double_to_string). */
export function float_repr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  // Shortest round-trip digits and the decimal exponent, from JavaScript's own algorithm.
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(expText); // value = 0.d1d2d3... * 10**(exp + 1)
  const sign = x < 0 ? "-" : "";
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) return `${sign}0.${"0".repeat(-decpt)}${digits}`;
    if (decpt >= digits.length) return `${sign}${digits}${"0".repeat(decpt - digits.length)}.0`;
    return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  const frac = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = decpt - 1;
  return `${sign}${frac}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}
