/**
 * @mirrors Modules/main.c
 *
 * The command line: reads the options the way CPython's pymain_main and the option
 * scanner of Python/initconfig.c do, then runs the chosen job. typhon adds three
 * explain modes whose output is byte-identical to CPython's own tools:
 *
 *   --tokens FILE   = python3 -m tokenize FILE
 *   --ast FILE      = python3 -m ast -a FILE
 *   --dis FILE      = python3 -m dis FILE
 */
import type { Host } from "../Host/host.ts";
import { tokensMode } from "../Inspect/tokens.ts";
import { astMode } from "../Inspect/ast_view.ts";
import { disMode } from "../Inspect/dis_mode.ts";
import { runCommand, runFile, runModule, runStdin } from "../Python/pythonrun.ts";
import { PyConfig_InitDefault, config_read_env_vars, _Py_SetConfig, type PyConfig } from "../Python/initconfig.ts";

export const PY_VERSION = "3.11.7";
const PROGRAM = "typhon";

function usageError(host: Host, message: string): number {
  host.writeStderr(
    `${message}\nusage: ${PROGRAM} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n` +
      "Try `python -h' for more information.\n",
  );
  return 2;
}

/** Options that change how files are compiled (@cpython PyConfig). */
export interface RunConfig {
  /** -O count: 1 drops asserts and makes __debug__ False, 2 also drops docstrings. */
  optimization_level: number;
}

const EXPLAIN_MODES: Record<string, (host: Host, filename: string, config: RunConfig) => number> = {
  "--tokens": tokensMode,
  "--ast": astMode,
  "--dis": disMode,
};

/** Options that take an argument, glued (-Wall) or separate (-W all). */
const WITH_ARGUMENT = new Set(["c", "m", "W", "X"]);
/** Single-letter flags accepted (most change nothing typhon does yet). */
const FLAGS = new Set(["b", "B", "d", "E", "h", "i", "I", "O", "P", "q", "R", "s", "S", "u", "v", "x", "?"]);

const HELP = `usage: ${PROGRAM} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
typhon explain modes: --tokens FILE, --ast FILE, --dis FILE
`;

/** @cpython Py_BytesMain / pymain_main. Returns the process exit status. */
export function Py_BytesMain(host: Host): number {
  const argv = host.argv;
  const config: PyConfig = PyConfig_InitDefault();
  let i = 0;
  // Read before the job starts (each job builds the runtime from the configuration).
  const start = () => {
    config_read_env_vars(host, config);
    _Py_SetConfig(config);
  };
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") { i++; break; }
    if (arg === "--stdlib" || arg.startsWith("--stdlib=")) {
      // typhon's own option: run on another Lib/ directory (such as the host CPython's).
      const value = arg === "--stdlib" ? argv[++i] : arg.slice("--stdlib=".length);
      if (value === undefined) return usageError(host, "Argument expected for the --stdlib option");
      config.stdlib_dir = value.replace(/\/+$/, "");
      i++;
      continue;
    }
    if (!arg.startsWith("-") || arg === "-") break;
    const explain = EXPLAIN_MODES[arg];
    if (explain) {
      if (i + 1 >= argv.length) return usageError(host, `Argument expected for the ${arg} option`);
      return explain(host, argv[i + 1], config);
    }
    if (arg === "--version") {
      host.writeStdout(`Python ${PY_VERSION}\n`);
      return 0;
    }
    if (arg === "--help") {
      host.writeStdout(HELP);
      return 0;
    }
    if (arg.startsWith("--")) return usageError(host, `unknown option ${arg}`);
    // A cluster of one-letter options: -OO, -ic 'code', -Wall.
    for (let k = 1; k < arg.length; k++) {
      const ch = arg[k];
      if (WITH_ARGUMENT.has(ch)) {
        let value = arg.slice(k + 1);
        if (value === "") {
          i++;
          if (i >= argv.length) return usageError(host, `Argument expected for the -${ch} option`);
          value = argv[i];
        }
        if (ch === "c") {
          start();
          return runCommand(host, value, argv.slice(i + 1), config.optimization_level, config.inspect);
        }
        if (ch === "m") {
          start();
          return runModule(host, value, argv.slice(i + 1), config.optimization_level);
        }
        if (ch === "W") config.warnoptions.push(value);
        else config.xoptions.push(value);
        break;
      }
      if (ch === "V") {
        host.writeStdout(`Python ${PY_VERSION}\n`);
        return 0;
      }
      if (ch === "h" || ch === "?") {
        host.writeStdout(HELP);
        return 0;
      }
      if (!FLAGS.has(ch)) return usageError(host, `Unknown option: -${ch}`);
      setFlag(config, ch);
    }
    i++;
  }
  start();
  if (i >= argv.length || argv[i] === "-") {
    return runStdin(host, argv.slice(i), config.optimization_level, config.inspect);
  }
  return runFile(host, argv[i], argv.slice(i), config.optimization_level, config.inspect);
}

/** One single-letter flag into the configuration (@cpython config_parse_cmdline). */
function setFlag(config: PyConfig, ch: string): void {
  switch (ch) {
    case "O": config.optimization_level++; break;
    case "i": config.inspect = true; break;
    case "b": config.bytes_warning++; break;
    case "B": config.dont_write_bytecode = true; break;
    case "d": config.parser_debug++; break;
    case "E": config.use_environment = false; break;
    case "I": config.isolated = true; break;
    case "P": config.safe_path = true; break;
    case "q": config.quiet = true; break;
    case "s": config.user_site_directory = false; break;
    case "S": config.site_import = false; break;
    case "u": config.buffered_stdio = false; break;
    case "v": config.verbose++; break;
  }
}
