/**
 * @mirrors Modules/config.c.in
 * The table of modules written natively (in TypeScript under src/Modules): each name with
 * the PyInit function that creates the module. The import system's BuiltinImporter finds
 * them here, and sys.builtin_module_names lists them (with sys and builtins, which the
 * runtime makes itself at start-up).
 */
import type { PyObject } from "../Include/object.ts";
// -- module imports (one line per module, kept sorted) --
import { PyInit__sysconfigdata, SYSCONFIGDATA_NAME } from "./_sysconfigdata.ts";
import { PyInit__testcapi } from "./_testcapimodule.ts";
import { PyInit__ast } from "../Python/Python-ast-objects.ts";
import { PyInit__warnings } from "../Python/_warnings.ts";
import { PyInit__imp } from "../Python/imp_module.ts";
import { PyInit_marshal } from "../Python/marshal_module.ts";
import { PyInit__abc } from "./_abc.ts";
import { PyInit__bisect } from "./_bisectmodule.ts";
import { PyInit__blake2 } from "./_blake2/blake2module.ts";
import { PyInit__codecs } from "./_codecsmodule.ts";
import { PyInit__collections } from "./_collectionsmodule.ts";
import { PyInit__contextvars } from "./_contextvarsmodule.ts";
import { PyInit__csv } from "./_csv.ts";
import { PyInit__datetime } from "./_datetimemodule.ts";
import { PyInit__functools } from "./_functoolsmodule.ts";
import { PyInit__hashlib } from "./_hashopenssl.ts";
import { PyInit__heapq } from "./_heapqmodule.ts";
import { PyInit__io } from "./_io/_iomodule.ts";
import { PyInit__json } from "./_json.ts";
import { PyInit__locale } from "./_localemodule.ts";
import { PyInit__opcode } from "./_opcode.ts";
import { PyInit__operator } from "./_operator.ts";
import { PyInit__pickle } from "./_pickle.ts";
import { PyInit__posixsubprocess } from "./_posixsubprocess.ts";
import { PyInit__queue } from "./_queuemodule.ts";
import { PyInit__random } from "./_randommodule.ts";
import { PyInit__sha3 } from "./_sha3/sha3module.ts";
import { PyInit__sre } from "./_sre/sre.ts";
import { PyInit__stat } from "./_stat.ts";
import { PyInit__statistics } from "./_statisticsmodule.ts";
import { PyInit__string } from "./_stringmodule.ts";
import { PyInit__struct } from "./_struct.ts";
import { PyInit__testinternalcapi } from "./_testinternalcapi.ts";
import { PyInit__thread } from "./_threadmodule.ts";
import { PyInit__weakref } from "./_weakref.ts";
import { PyInit_array } from "./arraymodule.ts";
import { PyInit_atexit } from "./atexitmodule.ts";
import { PyInit_binascii } from "./binascii.ts";
import { PyInit_cmath } from "./cmathmodule.ts";
import { PyInit_errno } from "./errnomodule.ts";
import { PyInit_faulthandler } from "./faulthandler.ts";
import { PyInit_gc } from "./gcmodule.ts";
import { PyInit_grp } from "./grpmodule.ts";
import { PyInit_itertools } from "./itertoolsmodule.ts";
import { PyInit_math } from "./mathmodule.ts";
import { PyInit__md5 } from "./md5module.ts";
import { PyInit_posix } from "./posixmodule.ts";
import { PyInit_pwd } from "./pwdmodule.ts";
import { PyInit_resource } from "./resource.ts";
import { PyInit_select } from "./selectmodule.ts";
import { PyInit__sha1 } from "./sha1module.ts";
import { PyInit__sha256 } from "./sha256module.ts";
import { PyInit__sha512 } from "./sha512module.ts";
import { PyInit__signal } from "./signalmodule.ts";
import { PyInit__socket } from "./socketmodule.ts";
import { PyInit__symtable } from "./symtablemodule.ts";
import { PyInit_time } from "./timemodule.ts";
import { PyInit_unicodedata } from "./unicodedata.ts";
import { PyInit_zlib } from "./zlibmodule.ts";

/** Name and init function of each native module. */
export const _PyImport_Inittab: readonly [string, () => PyObject | null][] = [
  // -- module entries (one line per module, kept sorted) --
  [SYSCONFIGDATA_NAME, PyInit__sysconfigdata],
  ["_abc", PyInit__abc],
  ["_testcapi", PyInit__testcapi],
  ["_ast", PyInit__ast],
  ["_bisect", PyInit__bisect],
  ["_blake2", PyInit__blake2],
  ["_codecs", PyInit__codecs],
  ["_collections", PyInit__collections],
  ["_contextvars", PyInit__contextvars],
  ["_csv", PyInit__csv],
  ["_datetime", PyInit__datetime],
  ["_functools", PyInit__functools],
  ["_hashlib", PyInit__hashlib],
  ["_heapq", PyInit__heapq],
  ["_imp", PyInit__imp],
  ["_io", PyInit__io],
  ["_json", PyInit__json],
  ["_locale", PyInit__locale],
  ["_md5", PyInit__md5],
  ["_opcode", PyInit__opcode],
  ["_operator", PyInit__operator],
  ["_pickle", PyInit__pickle],
  ["_posixsubprocess", PyInit__posixsubprocess],
  ["_queue", PyInit__queue],
  ["_random", PyInit__random],
  ["_sha1", PyInit__sha1],
  ["_sha256", PyInit__sha256],
  ["_sha3", PyInit__sha3],
  ["_sha512", PyInit__sha512],
  ["_signal", PyInit__signal],
  ["_socket", PyInit__socket],
  ["_sre", PyInit__sre],
  ["_stat", PyInit__stat],
  ["_statistics", PyInit__statistics],
  ["_string", PyInit__string],
  ["_struct", PyInit__struct],
  ["_symtable", PyInit__symtable],
  ["_testinternalcapi", PyInit__testinternalcapi],
  ["_thread", PyInit__thread],
  ["_warnings", PyInit__warnings],
  ["_weakref", PyInit__weakref],
  ["array", PyInit_array],
  ["atexit", PyInit_atexit],
  ["binascii", PyInit_binascii],
  ["cmath", PyInit_cmath],
  ["errno", PyInit_errno],
  ["faulthandler", PyInit_faulthandler],
  ["gc", PyInit_gc],
  ["grp", PyInit_grp],
  ["itertools", PyInit_itertools],
  ["marshal", PyInit_marshal],
  ["math", PyInit_math],
  ["posix", PyInit_posix],
  ["pwd", PyInit_pwd],
  ["resource", PyInit_resource],
  ["select", PyInit_select],
  ["time", PyInit_time],
  ["unicodedata", PyInit_unicodedata],
  ["zlib", PyInit_zlib],
];
