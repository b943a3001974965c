/**
 * @mirrors Python/initconfig.c
 * The interpreter's configuration (PyConfig): what the command line and the environment
 * ask for, gathered in one place before the runtime starts, and the search path computed
 * from it (Modules/getpath.py's job: the prefix, the standard library directory and the
 * initial sys.path). sys.flags is made from it.
 */
import type { Host } from "../Host/host.ts";

export interface PyConfig {
  /** -O count */
  optimization_level: number;
  /** -i or PYTHONINSPECT */
  inspect: boolean;
  /** -I: implies -E, -P and -s */
  isolated: boolean;
  /** false with -E: PYTHON* variables are ignored */
  use_environment: boolean;
  /** false with -S: `site` is not imported at start-up */
  site_import: boolean;
  /** false with -s or PYTHONNOUSERSITE */
  user_site_directory: boolean;
  /** -P or PYTHONSAFEPATH: no script directory (or cwd) in front of sys.path */
  safe_path: boolean;
  /** -b count */
  bytes_warning: number;
  /** -B or PYTHONDONTWRITEBYTECODE */
  dont_write_bytecode: boolean;
  /** -v count or PYTHONVERBOSE */
  verbose: number;
  /** -q */
  quiet: boolean;
  /** false with -u or PYTHONUNBUFFERED */
  buffered_stdio: boolean;
  /** -W options (after PYTHONWARNINGS), in order */
  warnoptions: string[];
  /** -X options, as given */
  xoptions: string[];
  /** --stdlib DIR or TYPHONSTDLIB: another Lib/ directory; null for the pinned one */
  stdlib_dir: string | null;
  /** -d count */
  parser_debug: number;
  /** -X importtime or PYTHONPROFILEIMPORTTIME: each import's time on stderr */
  import_time: boolean;
}

export function PyConfig_InitDefault(): PyConfig {
  return {
    optimization_level: 0, inspect: false, isolated: false, use_environment: true, site_import: true,
    user_site_directory: true, safe_path: false, bytes_warning: 0, dont_write_bytecode: false, verbose: 0,
    quiet: false, buffered_stdio: true, warnoptions: [], xoptions: [], stdlib_dir: null, parser_debug: 0,
    import_time: false,
  };
}

/** The configuration of this run, set by the command line before the runtime starts. */
let current: PyConfig = PyConfig_InitDefault();

/** Called with each configuration set, before anything runs (the start-up snapshot checks it). */
let onSetConfig: ((config: PyConfig) => void) | null = null;
export function _Py_SetConfigHook(hook: ((config: PyConfig) => void) | null): void {
  onSetConfig = hook;
}

export function _Py_SetConfig(config: PyConfig): void {
  current = config;
  onSetConfig?.(config);
}

export function _Py_GetConfig(): PyConfig {
  return current;
}

/** @cpython config_read_env_vars: the PYTHON* variables, unless -E or -I. */
export function config_read_env_vars(host: Host, config: PyConfig): void {
  if (config.isolated) {
    config.use_environment = false;
    config.safe_path = true;
    config.user_site_directory = false;
  }
  // config_read_complex_options: -X options apply even with -E.
  if (config.xoptions.some((x) => x === "importtime" || x.startsWith("importtime="))) config.import_time = true;
  const stdlib = host.getenv("TYPHONSTDLIB");
  if (config.stdlib_dir === null && stdlib) config.stdlib_dir = stdlib;
  if (!config.use_environment) return;
  const env = (name: string): string | undefined => {
    const v = host.getenv(name);
    return v === undefined || v === "" ? undefined : v;
  };
  const level = (name: string): number => {
    const v = env(name);
    if (v === undefined) return 0;
    const n = Number.parseInt(v, 10);
    return Number.isNaN(n) ? 1 : Math.max(n, 1);
  };
  if (env("PYTHONDONTWRITEBYTECODE")) config.dont_write_bytecode = true;
  if (env("PYTHONINSPECT")) config.inspect = true;
  if (env("PYTHONUNBUFFERED")) config.buffered_stdio = false;
  if (env("PYTHONNOUSERSITE")) config.user_site_directory = false;
  if (env("PYTHONSAFEPATH")) config.safe_path = true;
  if (env("PYTHONPROFILEIMPORTTIME")) config.import_time = true;
  config.optimization_level = Math.max(config.optimization_level, level("PYTHONOPTIMIZE"));
  config.verbose = Math.max(config.verbose, level("PYTHONVERBOSE"));
  config.parser_debug = Math.max(config.parser_debug, level("PYTHONDEBUG"));
  const warnings = env("PYTHONWARNINGS");
  if (warnings !== undefined) config.warnoptions.unshift(...warnings.split(",").filter((w) => w !== ""));
}

/** The result of the path computation (getpath.py). */
export interface PathConfig {
  prefix: string;
  exec_prefix: string;
  stdlib_dir: string;
  executable: string;
  /** sys.path before sys.path[0] and site are added. */
  module_search_paths: string[];
}

const parentOf = (p: string): string => {
  const i = p.replace(/\/+$/, "").lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
};

/** @cpython getpath.py (in brief): prefix, stdlib and sys.path for this installation. */
export function _PyConfig_ComputePath(host: Host, config: PyConfig): PathConfig {
  const stdlib = config.stdlib_dir ?? `${host.prefix}/lib/python3.11`;
  // A Lib/ laid out as PREFIX/lib/python3.11 (an installed CPython, or ours) names its prefix.
  const prefix = /\/lib\/python3\.11\/?$/.test(stdlib) ? parentOf(parentOf(stdlib)) : host.prefix;
  const paths: string[] = [];
  if (config.use_environment) {
    const pp = host.getenv("PYTHONPATH");
    if (pp) for (const p of pp.split(":")) if (p !== "") paths.push(p.startsWith("/") ? p : `${host.cwd()}/${p}`);
  }
  paths.push(`${prefix}/lib/python311.zip`, stdlib, `${stdlib}/lib-dynload`);
  return { prefix, exec_prefix: prefix, stdlib_dir: stdlib, executable: `${host.prefix}/bin/typhon`, module_search_paths: paths };
}
