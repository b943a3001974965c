/**
 * @mirrors Objects/setobject.c
 * The set hash table's insertion algorithm (set_add_entry, set_insert_clean,
 * set_table_resize: linear probes of 9 then perturbed jumps, growth at 3/5 full), used
 * here to give constant frozensets CPython's iteration order — which `repr` and `dis`
 * show. The runtime set object will build on the same functions.
 */
import {
  ConstantFrozenset, ConstantTuple, PyBytes, PyComplex, type ConstantValue,
} from "../Include/ast_constant.ts";
import { constant_hash } from "../Python/pyhash.ts";

const PySet_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const M64 = (1n << 64n) - 1n;

interface Entry { key: ConstantValue; hash: bigint }

/** A set table holding constants: slots, fill and used as in PySetObject. */
export class SetTable {
  table: (Entry | null)[] = new Array(PySet_MINSIZE).fill(null);
  mask = PySet_MINSIZE - 1;
  fill = 0;
  used = 0;

  /** @cpython set_add_entry (no deletions happen here, so no dummies) */
  add(key: ConstantValue): void {
    const hash = constant_hash(key);
    const mask = this.mask;
    let i = Number(BigInt.asUintN(64, hash) & BigInt(mask));
    let perturb = BigInt.asUintN(64, hash);
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const e = this.table[j];
        if (e === null) {
          this.table[j] = { key, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (e.hash === hash && constants_equal(e.key, key)) return;
        j++;
      } while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /** @cpython set_table_resize */
  private resize(minused: number): void {
    let newsize = PySet_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    const old = this.table;
    this.table = new Array(newsize).fill(null);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (const e of old) if (e !== null) this.insertClean(e);
  }

  /** @cpython set_insert_clean */
  private insertClean(e: Entry): void {
    const mask = this.mask;
    let perturb = BigInt.asUintN(64, e.hash);
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      if (this.table[i] === null) { this.table[i] = e; return; }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (this.table[i + j] === null) { this.table[i + j] = e; return; }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask) & M64);
    }
  }

  /** Keys in iteration (table) order. */
  keys(): ConstantValue[] {
    const out: ConstantValue[] = [];
    for (const e of this.table) if (e !== null) out.push(e.key);
    return out;
  }
}

/**
 * frozenset(items) as CPython builds it from an iterable (PyFrozenSet_New): adds each
 * item in turn, dropping equal duplicates; the result lists its items in table order.
 */
export function make_frozenset(items: readonly ConstantValue[]): ConstantFrozenset {
  const t = new SetTable();
  for (const item of items) t.add(item);
  return new ConstantFrozenset(t.keys());
}

/** The size of the table that adding `items` in order produces (for frozenset_hash). */
export function tableSize(items: readonly ConstantValue[]): number {
  const t = new SetTable();
  for (const item of items) t.add(item);
  return t.mask + 1;
}

/** Python's == between constants (1 == 1.0 == True; tuples item by item). */
export function constants_equal(a: ConstantValue, b: ConstantValue): boolean {
  if (a === b) return true;
  const na = numericValue(a);
  if (na !== null) {
    const nb = numericValue(b);
    if (nb === null) return false;
    return na.re === nb.re && na.im === nb.im;
  }
  if (a instanceof ConstantTuple && b instanceof ConstantTuple) {
    return a.items.length === b.items.length && a.items.every((x, i) => constants_equal(x, b.items[i]));
  }
  if (a instanceof ConstantFrozenset && b instanceof ConstantFrozenset) {
    return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => constants_equal(x, y)));
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    return a.value.length === b.value.length && a.value.every((x, i) => x === b.value[i]);
  }
  return false;
}

/** Numbers as exact comparable values; ints beyond 2**53 stay exact as strings of digits. */
function numericValue(v: ConstantValue): { re: number | bigint; im: number } | null {
  if (typeof v === "boolean") return { re: v ? 1n : 0n, im: 0 };
  if (typeof v === "bigint") return { re: v, im: 0 };
  if (typeof v === "number") return { re: Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? BigInt(v) : v, im: 0 };
  if (v instanceof PyComplex) {
    return { re: Number.isInteger(v.real) && Math.abs(v.real) < 2 ** 63 ? BigInt(v.real) : v.real, im: v.imag };
  }
  return null;
}
