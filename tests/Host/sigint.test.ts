// @typhon Ctrl-C: SIGINT sent to a running typhon from outside becomes KeyboardInterrupt, as
// in CPython — in a busy loop, in time.sleep, in input() — and SIG_DFL lets it end the process.
// (A worker thread notes the signal; see src/Host/node_signals.ts.) Each program prints
// "ready" once it is where the signal should find it; the test then sends SIGINT every
// 300 ms until the process ends, since a signal sent while the worker is still starting is
// dropped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../tools/pytests.ts";

const TYPHON = path.join(ROOT, "bin", "typhon");

interface Ending { stdout: string; stderr: string; code: number | null; signal: NodeJS.Signals | null }

function interrupt(source: string): Promise<Ending> {
  return new Promise((resolve) => {
    const child = spawn(TYPHON, ["-c", source], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    let timer: NodeJS.Timeout | undefined;
    const deadline = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
      if (timer === undefined && stdout.includes("ready")) timer = setInterval(() => child.kill("SIGINT"), 300);
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("close", (code, signal) => {
      clearInterval(timer);
      clearTimeout(deadline);
      resolve({ stdout, stderr, code, signal });
    });
  });
}

test("a busy loop is interrupted with KeyboardInterrupt, which a handler catches", async () => {
  const r = await interrupt([
    "import signal",
    "n = 0",
    "print('ready', flush=True)",
    "try:",
    "    while True: n += 1",
    "except KeyboardInterrupt as e:",
    "    signal.signal(signal.SIGINT, signal.SIG_IGN)",
    "    print('caught', type(e).__name__, n > 0)",
  ].join("\n"));
  assert.equal(r.stdout, "ready\ncaught KeyboardInterrupt True\n");
  assert.equal(r.stderr, "");
  assert.equal(r.code, 0);
});

test("an uncaught KeyboardInterrupt in time.sleep prints its traceback and ends by SIGINT", async () => {
  const r = await interrupt("import time\nprint('ready', flush=True)\ntime.sleep(60)\n");
  assert.equal(r.stderr, 'Traceback (most recent call last):\n  File "<string>", line 3, in <module>\nKeyboardInterrupt\n');
  assert.equal(r.signal, "SIGINT");
});

test("input() waiting on a pipe is interrupted", async () => {
  const r = await interrupt([
    "import signal",
    "print('ready', flush=True)",
    "try:",
    "    input()",
    "except KeyboardInterrupt:",
    "    signal.signal(signal.SIGINT, signal.SIG_IGN)",
    "    print('input interrupted')",
  ].join("\n"));
  assert.equal(r.stdout, "ready\ninput interrupted\n");
  assert.equal(r.code, 0);
});

test("with SIG_DFL, SIGINT ends the process without a traceback", async () => {
  const r = await interrupt("import signal\nsignal.signal(signal.SIGINT, signal.SIG_DFL)\nprint('ready', flush=True)\nwhile True: pass\n");
  assert.equal(r.stderr, "");
  assert.equal(r.signal, "SIGINT");
});

test("a Python handler runs for each SIGINT", async () => {
  const r = await interrupt([
    "import signal, sys",
    "got = []",
    "def handler(signum, frame):",
    "    got.append(signum)",
    "    if len(got) == 2:",
    "        signal.signal(signal.SIGINT, signal.SIG_IGN)",
    "        print('handled', got, frame.f_code.co_name, flush=True)",
    "        sys.exit(0)",
    "signal.signal(signal.SIGINT, handler)",
    "print('ready', flush=True)",
    "def spin():",
    "    while True: pass",
    "spin()",
  ].join("\n"));
  assert.equal(r.stdout, "ready\nhandled [2, 2] spin\n");
  assert.equal(r.code, 0);
});
