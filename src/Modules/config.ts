/**
 * @mirrors Modules/config.c
 * The table of modules written natively (in TypeScript under src/Modules): each name with
 * the PyInit function that creates the module. The import system's BuiltinImporter finds
 * them here, and sys.builtin_module_names lists them (with sys and builtins, which the
 * runtime makes itself at start-up).
 */
import type { PyObject } from "../Include/object.ts";
// -- module imports (one line per module, kept sorted) --

/** Name and init function of each native module. */
export const _PyImport_Inittab: readonly [string, () => PyObject | null][] = [
  // -- module entries (one line per module, kept sorted) --
];
