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
import { runFile } from "../Python/pythonrun.ts";

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

/** @cpython Py_BytesMain / pymain_main. Returns the process exit status. */
export function Py_BytesMain(host: Host): number {
  const argv = host.argv;
  const config: RunConfig = { optimization_level: 0 };
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i];
    if (arg === "--") { i++; break; }
    if (!arg.startsWith("-") || arg === "-") break;
    const explain = EXPLAIN_MODES[arg];
    if (explain) {
      if (i + 1 >= argv.length) return usageError(host, `Argument expected for the ${arg} option`);
      return explain(host, argv[i + 1], config);
    }
    if (/^-O+$/.test(arg)) {
      config.optimization_level += arg.length - 1;
      i++;
      continue;
    }
    if (arg === "-V" || arg === "--version") {
      host.writeStdout(`Python ${PY_VERSION}\n`);
      return 0;
    }
    return usageError(host, `unknown option ${arg}`);
  }
  if (i >= argv.length) {
    host.writeStderr(`${PROGRAM}: the interactive interpreter is not available yet\n`);
    return 2;
  }
  return runFile(host, argv[i], argv.slice(i), config.optimization_level);
}
