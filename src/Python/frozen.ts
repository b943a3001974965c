/**
 * @mirrors Python/frozen.c
 * The frozen modules: the two halves of importlib (which cannot be imported by importlib
 * itself) and the modules every start-up needs (os, site, codecs, io, ...), as CPython 3.11
 * freezes them into its binary. Here the build compiles them from the pinned standard
 * library into prefix/dist/frozen/NAME.pyc (tools/install_stdlib.ts); if that file is
 * missing the module is compiled from its source on first use. Their code names its file
 * `<frozen NAME>`, as tracebacks through importlib show.
 */
import { PyCodeObject } from "../Objects/codeobject.ts";
import { readPyc, MarshalError } from "./marshal.ts";
import { Py_CompileBytes } from "./pythonrun.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import type { Host } from "../Host/host.ts";

export interface FrozenEntry {
  /** The module name it is imported as. */
  readonly name: string;
  /** The module whose source it is (its path under Lib/ follows from it); null for none. */
  readonly origname: string | null;
  readonly ispkg: boolean;
}

const entry = (name: string, origname: string | null = name, ispkg = false): FrozenEntry => ({ name, origname, ispkg });

/** @cpython _PyImport_FrozenBootstrap + _PyImport_FrozenStdlib + _PyImport_FrozenTest, in order. */
export const FROZEN_MODULES: readonly FrozenEntry[] = [
  entry("_frozen_importlib", "importlib._bootstrap"),
  entry("_frozen_importlib_external", "importlib._bootstrap_external"),
  entry("zipimport"),
  entry("abc"),
  entry("codecs"),
  entry("io"),
  entry("_collections_abc"),
  entry("_sitebuiltins"),
  entry("genericpath"),
  entry("ntpath"),
  entry("posixpath"),
  entry("os.path", "posixpath"),
  entry("os"),
  entry("site"),
  entry("stat"),
  entry("importlib.util"),
  entry("importlib.machinery"),
  entry("runpy"),
  entry("__hello__"),
  entry("__hello_alias__", "__hello__"),
  entry("__phello_alias__", "__hello__", true),
  entry("__phello_alias__.spam", "__hello__"),
  entry("__phello__", "__phello__", true),
  entry("__phello__.__init__", "<__phello__"),
  entry("__phello__.ham", "__phello__.ham", true),
  entry("__phello__.ham.__init__", "<__phello__.ham"),
  entry("__phello__.ham.eggs"),
  entry("__phello__.spam"),
  entry("__hello_only__", null),
];

const byName = new Map(FROZEN_MODULES.map((e) => [e.name, e]));

/** `_imp._override_frozen_modules_for_tests`: 1 forces frozen modules on, -1 off, 0 default. */
export let overrideFrozenModules = 0;
export function setOverrideFrozenModules(v: number): void {
  overrideFrozenModules = v;
}

/** @cpython look_up_frozen: the entry for a name, or null (also when frozen modules are off). */
export function look_up_frozen(name: string): FrozenEntry | null {
  const e = byName.get(name);
  if (e === undefined) return null;
  // The bootstrap modules are always frozen; the rest can be switched off for tests.
  if (overrideFrozenModules < 0 && !name.startsWith("_frozen_importlib")) return null;
  return e;
}

/** The file under Lib/ holding an entry's source ("<pkg" names mean pkg/__init__.py). */
export function frozenSourcePath(e: FrozenEntry): string | null {
  if (e.origname === null) return null;
  const pkgInit = e.origname.startsWith("<");
  const dotted = pkgInit ? e.origname.slice(1) : e.origname;
  const rel = dotted.split(".").join("/");
  return pkgInit || (e.ispkg && e.origname === e.name) ? `${rel}/__init__.py` : `${rel}.py`;
}

const codeCache = new Map<string, PyCodeObject>();

/** The source of `__hello_only__`, which exists nowhere but in the frozen table. */
export const HELLO_ONLY = 'initialized = True\n\ndef main():\n    print("Hello world!")\n\nif __name__ == "__main__":\n    main()\n';

/**
 * @cpython unmarshal_frozen_code: the code object of a frozen module, or a message
 * saying why there is none.
 */
export function get_frozen_code(host: Host, e: FrozenEntry): PyCodeObject | string {
  const cached = codeCache.get(e.name);
  if (cached !== undefined) return cached;
  const pyc = host.readFile(`${host.prefix}/dist/frozen/${e.name}.pyc`);
  let code: PyCodeObject | null = null;
  if (pyc instanceof Uint8Array) {
    try {
      code = readPyc(pyc).code;
    } catch (err) {
      if (!(err instanceof MarshalError)) throw err;
    }
  }
  if (code === null) {
    const rel = frozenSourcePath(e);
    const source = rel === null ? new TextEncoder().encode(HELLO_ONLY) : host.readFile(`${host.prefix}/lib/python3.11/${rel}`);
    if (!(source instanceof Uint8Array)) return `frozen object ${e.name} has no source (${source.strerror})`;
    const compiled = compileFrozen(source, e);
    if (compiled instanceof PyFrontEndError) return `frozen object ${e.name} does not compile: ${compiled.msg}`;
    code = compiled;
  }
  codeCache.set(e.name, code);
  return code;
}

/**
 * Reads every frozen module's code now (the start-up snapshot keeps them, as CPython's
 * binary holds its frozen modules). The file names and their stamps are returned, so that
 * a run can tell whether the files are still the ones read.
 */
export function _PyImport_PreloadFrozen(host: Host): string[] {
  const files: string[] = [];
  for (const e of FROZEN_MODULES) {
    get_frozen_code(host, e);
    files.push(`${host.prefix}/dist/frozen/${e.name}.pyc`);
  }
  return files;
}

/** Compiles an entry for the build (tools/install_stdlib.ts). */
export function compileFrozen(source: Uint8Array, e: FrozenEntry): PyCodeObject | PyFrontEndError {
  return Py_CompileBytes(source, `<frozen ${frozenLabel(e)}>`, "exec", { file_input: true });
}

/** The name a frozen module's code gives as its file: `<frozen LABEL>`. */
function frozenLabel(e: FrozenEntry): string {
  return e.origname === null ? e.name : e.origname.replace(/^</, "");
}

