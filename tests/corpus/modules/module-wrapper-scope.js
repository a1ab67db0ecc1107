// Top-level var/function declarations stay module-local, not globals.
var localVar = 1;
function localFn() {}
console.log(typeof globalThis.localVar, typeof globalThis.localFn);
globalThis.explicitGlobal = 2;
console.log(explicitGlobal, typeof global, global === globalThis);
