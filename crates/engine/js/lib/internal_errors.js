// Node's internal/errors, the part our modules share: an error with a `code`, whose stack header
// and toString read "Name [CODE]: message" as Node's do. Not requirable by user code (the
// `internal` prefix keeps it out of require and builtinModules).
'use strict';

function nodeError(Base, code, message) {
  const err = new Base(message);
  // Node's stack header reads "Error [CODE]: message".
  const stack = err.stack;
  if (typeof stack === 'string' && stack.startsWith(`${err.name}: `)) {
    Object.defineProperty(err, 'stack', {
      value: `${err.name} [${code}]${stack.slice(err.name.length)}`, enumerable: false, writable: true, configurable: true,
    });
  }
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return err;
}

module.exports = { nodeError };
