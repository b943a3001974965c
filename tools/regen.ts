// @typhon Runs every generator. `npm run regen` rewrites the generated files;
// `tsx tools/regen.ts --check` exits 1 if any generated file is out of date (CI runs it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateToken } from "./generate_token.ts";
import { generateOpcode } from "./generate_opcode.ts";
import { generateAst } from "./asdl_ts.ts";
import { generateAstObjects } from "./asdl_pyobjects.ts";
import { generateParser } from "./pegen/generate.ts";
import { generateUnicodeNames } from "./generate_unicode_names.ts";
import { generateUnicodetypeDb } from "./generate_unicodetype_db.ts";
import { generateUnicodedataDb } from "./generate_unicodedata_db.ts";
import { generateInterned } from "./generate_interned.ts";
import { setCheckOnly, stale } from "./generated.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");
setCheckOnly(check);

generateToken(root);
generateOpcode(root);
generateAst(root);
generateAstObjects(root);
generateParser(root);
generateUnicodeNames(root);
generateUnicodetypeDb(root);
generateUnicodedataDb(root);
generateInterned(root);

if (check && stale.length) {
  console.error(`out of date (run npm run regen): ${stale.join(", ")}`);
  process.exit(1);
}
