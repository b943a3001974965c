// @typhon Files of CPython 3.11's Lib/ that the pinned pyodide archive leaves out, and where the
// installer gets them. pyodide builds `_decimal` in C and ships `_pydecimal.py` as a separate
// package from its CDN, which this project cannot reach; typhon has no native `_decimal` yet, so
// `decimal` needs the pure-Python one; pyodide also drops `dbm` (it has no _dbm/_gdbm), whose
// pure-Python dbm.dumb is what shelve and the pickle tests use. Each file is pinned by its SHA-256 (the bytes are the same
// in every 3.11.x release checked: 3.11.2 and 3.11.7), and taken from the first source that has
// exactly those bytes: a CPython 3.11 Lib/ already on the machine, or Debian's
// libpython3.11-stdlib package downloaded with apt-get (Debian's registry is one this project may
// use). A file no source can provide is reported and left out; the rest of the library works.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

interface SupplementFile {
  /** Path inside Lib/. */
  name: string;
  sha256: string;
}

export const SUPPLEMENT: readonly SupplementFile[] = [
  { name: "_pydecimal.py", sha256: "14cf1bf7ead78a0beb578f19ebc4ec82f542e0879f5b77d327f01abf74591586" },
  // pyodide drops dbm (it has no _dbm/_gdbm); test.pickletester and shelve import it, and
  // dbm.dumb is pure Python. dbm.gnu/dbm.ndbm only re-export the C modules, so they stay out.
  { name: "dbm/__init__.py", sha256: "389407b292f30c38a334599d2546ca1fea316b038a5252f985bbccfce6c8453b" },
  { name: "dbm/dumb.py", sha256: "c99202d9eb4e25a023715a1b804c886fdb7d9f957730959bb071a57d607443b5" },
];

const HOST_LIBS = ["/usr/lib/python3.11", "/usr/local/lib/python3.11"];
const DEBIAN_PACKAGE = "libpython3.11-stdlib";
const DEBIAN_LIB = "usr/lib/python3.11";

const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

function fromDir(dir: string, file: SupplementFile): Uint8Array | null {
  const p = path.join(dir, file.name);
  if (!existsSync(p)) return null;
  const data = readFileSync(p);
  return sha256(data) === file.sha256 ? data : null;
}

/** Unpacks Debian's stdlib package into a temporary folder; null when apt or the network fails. */
function debianLib(): { dir: string; cleanup: () => void } | null {
  const work = mkdtempSync(path.join(tmpdir(), "typhon-stdlib-"));
  const cleanup = () => rmSync(work, { recursive: true, force: true });
  try {
    execFileSync("apt-get", ["download", DEBIAN_PACKAGE], { cwd: work, stdio: "ignore", timeout: 120_000 });
    const deb = readdirSync(work).find((n) => n.endsWith(".deb"));
    if (deb === undefined) throw new Error("no package");
    execFileSync("dpkg-deb", ["-x", deb, "root"], { cwd: work, stdio: "ignore" });
    return { dir: path.join(work, "root", DEBIAN_LIB), cleanup };
  } catch {
    cleanup();
    return null;
  }
}

/** Writes every supplement file missing from `lib`; returns the names it could not find. */
export function installSupplement(lib: string): string[] {
  let pending = SUPPLEMENT.filter((f) => !existsSync(path.join(lib, f.name)));
  const place = (dir: string) => {
    pending = pending.filter((f) => {
      const data = fromDir(dir, f);
      if (data === null) return true;
      mkdirSync(path.dirname(path.join(lib, f.name)), { recursive: true });
      writeFileSync(path.join(lib, f.name), data);
      return false;
    });
  };
  for (const dir of HOST_LIBS) if (pending.length > 0) place(dir);
  if (pending.length > 0) {
    const deb = debianLib();
    if (deb !== null) {
      place(deb.dir);
      deb.cleanup();
    }
  }
  return pending.map((f) => f.name);
}

/** Part of the installed marker, so a changed list re-runs the installer. */
export const supplementDigest = (): string => sha256(new TextEncoder().encode(SUPPLEMENT.map((f) => f.sha256).join()));
