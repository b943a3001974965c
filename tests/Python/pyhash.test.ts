// @typhon The runtime's SipHash-1-3 on 32-bit halves (_Py_HashBytesHiLo, unicode_hash_hilo)
// against the BigInt reference the compiler uses (_Py_HashBytes, unicode_hash) for thousands
// of random bytes and strs of every width under several seeds, and both against python3.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import {
  _Py_HashBytes, _Py_HashBytesHiLo, _Py_HashRandomization_Init, hashResult, unicode_hash, unicode_hash_hilo,
} from "../../src/Python/pyhash.ts";

const SEEDS = [0, 1, 12345];

/** A reproducible pseudo-random sequence (xorshift32). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** hashResult as the signed 64-bit value the BigInt functions return. */
const joined = (): bigint => BigInt.asIntN(64, (BigInt(hashResult.hi) << 32n) | BigInt(hashResult.lo >>> 0));

/** Code point generators, one per str kind (lone surrogates included among the BMP ones). */
const KINDS: Record<string, (r: () => number) => number> = {
  ascii: (r) => Math.floor(r() * 0x80),
  latin1: (r) => Math.floor(r() * 0x100),
  bmp: (r) => (r() < 0.3 ? Math.floor(r() * 0x100) : Math.floor(r() * 0x10000)),
  astral: (r) => (r() < 0.2 ? Math.floor(r() * 0x10000) : 0x10000 + Math.floor(r() * 0x100000)),
};

function randomStr(r: () => number, kind: (r: () => number) => number, len: number): string {
  let s = "";
  for (let i = 0; i < len; i++) s += String.fromCodePoint(kind(r));
  return s;
}

for (const seed of SEEDS) {
  test(`str: unicode_hash_hilo equals the BigInt unicode_hash (PYTHONHASHSEED=${seed})`, () => {
    _Py_HashRandomization_Init(seed);
    const r = rng(seed + 1);
    let count = 0;
    for (const [name, kind] of Object.entries(KINDS)) {
      for (let len = 0; len <= 40; len++) {
        for (let k = 0; k < 16; k++) {
          const s = randomStr(r, kind, len);
          unicode_hash_hilo(s);
          assert.equal(joined(), unicode_hash(s), `${name} ${JSON.stringify(s)}`);
          count++;
        }
      }
    }
    // Wide characters after a Latin-1 prefix, surrogates at the ends, and a long string.
    const edge = [
      "abcdefgh\u0100", "\u00ff".repeat(9) + "\u{1f600}", "x".repeat(20) + "\ud800", "\udc00\ud800",
      "\ud800\udc00", "a\ud83d", "\ude00b", "\ud83d\ud83d\ude00", "\u{10ffff}", "\u0000\u0000",
      randomStr(r, KINDS.bmp, 5000), randomStr(r, KINDS.astral, 20000), randomStr(r, KINDS.latin1, 70000),
    ];
    for (const s of edge) {
      unicode_hash_hilo(s);
      assert.equal(joined(), unicode_hash(s), JSON.stringify(s.slice(0, 40)));
      count++;
    }
    assert.ok(count > 2000);
  });

  test(`bytes: _Py_HashBytesHiLo equals the BigInt _Py_HashBytes (PYTHONHASHSEED=${seed})`, () => {
    _Py_HashRandomization_Init(seed);
    const r = rng(seed + 7);
    for (let len = 0; len <= 40; len++) {
      for (let k = 0; k < 60; k++) {
        const b = new Uint8Array(len);
        // Some all-0xff and all-zero runs, to exercise the carries and the tail's length byte.
        const fill = k % 3 === 0 ? 0xff : k % 3 === 1 ? -1 : 0;
        for (let i = 0; i < len; i++) b[i] = fill >= 0 ? fill : Math.floor(r() * 256);
        _Py_HashBytesHiLo(b);
        assert.equal(joined(), _Py_HashBytes(b), `len ${len} [${b}]`);
      }
    }
    const big = new Uint8Array(1000).map((_, i) => (i * 131) & 0xff);
    _Py_HashBytesHiLo(big);
    assert.equal(joined(), _Py_HashBytes(big));
  });
}

test("hashes equal python3's (3.11, SipHash-1-3) for seeds 0, 1 and 12345", () => {
  const strs = ["abc", "", "a", "abcdefgh", "abcdefghi", "h\u00e9llo", "\u20acuro", "\u{1f600} x", "\ud800", "w1234_5"];
  const bytes = [[97, 98, 99], [], [0], Array.from({ length: 17 }, (_, i) => (i * 37) & 0xff), Array(16).fill(255)];
  const script = `import sys, json
assert sys.version_info[:2] == (3, 11), sys.version
d = json.load(sys.stdin)
print(json.dumps([str(hash(s)) for s in d["s"]] + [str(hash(bytes(b))) for b in d["b"]]))`;
  for (const seed of SEEDS) {
    const out = execFileSync("python3", ["-c", script], {
      input: JSON.stringify({ s: strs, b: bytes }), encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: String(seed) },
    });
    const expected = (JSON.parse(out) as string[]).map(BigInt);
    _Py_HashRandomization_Init(seed);
    const got: bigint[] = [];
    const ref: bigint[] = [];
    for (const s of strs) {
      unicode_hash_hilo(s);
      got.push(joined());
      ref.push(unicode_hash(s));
    }
    for (const b of bytes) {
      _Py_HashBytesHiLo(Uint8Array.from(b));
      got.push(joined());
      ref.push(_Py_HashBytes(Uint8Array.from(b)));
    }
    assert.deepEqual(got, expected, `fast, seed ${seed}`);
    assert.deepEqual(ref, expected, `BigInt, seed ${seed}`);
  }
  // The value quoted in the docs: PYTHONHASHSEED=0 python3 -c 'print(hash("abc"))'.
  _Py_HashRandomization_Init(0);
  unicode_hash_hilo("abc");
  assert.equal(joined(), -4594863902769663758n);
});
