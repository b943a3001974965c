/**
 * @mirrors Objects/bytesobject.c
 *
 * Today only repr() of a bytes value: b'...' (or b"..." when the bytes hold a single quote
 * and no double quote), printable ASCII as itself, \t \n \r and the quote and backslash
 * escaped, everything else as \xhh.
 */

/** @cpython PyBytes_Repr (smartquotes on). */
export function bytes_repr(b: Uint8Array): string {
  const quote = b.includes(0x27) && !b.includes(0x22) ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = "b" + quote;
  for (const c of b) {
    if (c === q || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
