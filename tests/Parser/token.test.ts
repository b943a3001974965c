// @typhon Checks src/Grammar/Tokens (through token.generated.ts) against the running python3's token module.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as token from "../../src/Parser/token.generated.ts";

test("token numbers and operators equal python3's token module", () => {
  const py = JSON.parse(
    execFileSync("python3", ["-c", "import token, json; print(json.dumps([token.tok_name, token.EXACT_TOKEN_TYPES]))"], { encoding: "utf8" }),
  );
  const [names, exact] = py as [Record<string, string>, Record<string, number>];
  for (let i = 0; i < token.N_TOKENS; i++) assert.equal(token.tok_name[i], names[String(i)]);
  assert.deepEqual(Object.fromEntries(token.EXACT_TOKEN_TYPES), exact);
});
