/**
 * @mirrors Include/patchlevel.h
 * The version typhon implements, and the names derived from it: sys.version_info,
 * sys.hexversion and sys.implementation.cache_tag (which names the .pyc files in
 * __pycache__; typhon's own tag keeps its compiled files apart from CPython's).
 */
export const PY_MAJOR_VERSION = 3;
export const PY_MINOR_VERSION = 11;
export const PY_MICRO_VERSION = 7;
export const PY_RELEASE_LEVEL = "final";
export const PY_RELEASE_SERIAL = 0;
export const PY_VERSION = `${PY_MAJOR_VERSION}.${PY_MINOR_VERSION}.${PY_MICRO_VERSION}`;
export const PY_VERSION_HEX = (PY_MAJOR_VERSION << 24) | (PY_MINOR_VERSION << 16) | (PY_MICRO_VERSION << 8) | (0xf << 4) | PY_RELEASE_SERIAL;
/** sys.implementation.cache_tag: `__pycache__/NAME.typhon-311.pyc`. */
export const CACHE_TAG = `typhon-${PY_MAJOR_VERSION}${PY_MINOR_VERSION}`;
