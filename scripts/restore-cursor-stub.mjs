// Replaces restore-cursor in the bundle: see the alias in scripts/build.mjs.
export default function restoreCursor() {}
