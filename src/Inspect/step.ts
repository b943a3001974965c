/**
 * @typhon The step API of DESIGN section 4: run a program a given number of instructions at
 * a time and look at the machine in between — the frame chain, each frame's instruction
 * offset and value stack. The explorer drives programs through this; running one
 * instruction at a time gives exactly the output of running straight through, because the
 * eval loop keeps all of its state in the frames (DESIGN D2).
 *
 * Instructions executed inside native code that calls back into Python (a __init__ run by
 * type.__call__, a sort key) run without stopping: only the outermost level can pause.
 */
import type { Host } from "../Host/host.ts";
import { Py_DECREF, type PyObject } from "../Include/object.ts";
import { Py_CompileBytes, handleUncaught } from "../Python/pythonrun.ts";
import { flush_std_files } from "../Python/pylifecycle.ts";
import { Py_InitializeFromConfig, add_main_module } from "../Python/pylifecycle.ts";
import { PyModule_GetDict } from "../Objects/moduleobject.ts";
import { PyDict_SetItemString } from "../Objects/dictobject.ts";
import { PyUnicode_FromString } from "../Objects/unicodeobject.ts";
import { codeOf } from "../Objects/codeobject_runtime.ts";
import { PyEval_EvalCode, SUSPENDED, _PyEval_ResumeSuspended, _PyEval_SetStepping, evalHooks } from "../Python/ceval.ts";
import { PyFrontEndError } from "../Include/pyerrors.ts";
import { _PyOpcode_OpName } from "../Include/opcode.generated.ts";
import type { PyThreadState } from "../Python/pystate.ts";

export interface FrameView {
  name: string;
  /** Byte offset of the next instruction (f_lasti style). */
  offset: number;
  opname: string;
  stackDepth: number;
}

export class Stepper {
  private tstate: PyThreadState;
  private started = false;
  /** The exit status once the program finished, else null. */
  status: number | null = null;

  constructor(private readonly host: Host, private readonly source: Uint8Array, private readonly filename: string) {
    this.tstate = Py_InitializeFromConfig(host, {
      optimization_level: 0, hash_seed: 0, argv: [filename], orig_argv: ["typhon", filename], executable: "typhon",
    });
  }

  /** Run `n` more instructions (at the outermost level); false once the program has finished. */
  step(n: number): boolean {
    if (this.status !== null) return false;
    _PyEval_SetStepping(true);
    evalHooks.stepBudget = n;
    let result: PyObject | null;
    try {
      if (!this.started) {
        this.started = true;
        const compiled = Py_CompileBytes(this.source, this.filename, "exec", { file_input: true });
        if (compiled instanceof PyFrontEndError) {
          this.host.writeStderr(`${compiled.type}: ${compiled.msg}\n`);
          this.status = 1;
          return false;
        }
        const main = add_main_module(this.tstate.interp);
        const d = PyModule_GetDict(main);
        PyDict_SetItemString(d, "__file__", PyUnicode_FromString(this.filename));
        result = PyEval_EvalCode(codeOf(compiled), d, d);
      } else {
        result = _PyEval_ResumeSuspended(this.tstate);
      }
    } finally {
      _PyEval_SetStepping(false);
    }
    if (result === SUSPENDED) return true;
    if (result === null) this.status = handleUncaught(this.tstate);
    else {
      Py_DECREF(result);
      this.status = 0;
    }
    // sys.stdout and sys.stderr are buffered: what the program printed goes out now.
    if (flush_std_files() < 0 && this.status === 0) this.status = 120;
    return false;
  }

  /** The frame chain, innermost first. */
  frames(): FrameView[] {
    const out: FrameView[] = [];
    for (let f = this.tstate.current_frame; f !== null; f = f.previous) {
      const code = f.f_code.co_code_adaptive;
      out.push({
        name: f.f_code.co.co_name,
        offset: f.next_instr * 2,
        opname: _PyOpcode_OpName[code[f.next_instr] & 255] ?? "?",
        stackDepth: f.stacktop - f.f_code.co.co_localsplusnames.length,
      });
    }
    return out;
  }
}
