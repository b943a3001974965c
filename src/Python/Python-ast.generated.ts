// PLACEHOLDER until tools/asdl_ts.ts generates this file from src/Parser/Python.asdl.
export abstract class AST {}
export abstract class mod extends AST {}
