'use strict';
// readline/promises (Node v20): the same Interface, with question() returning a promise.

const readline = require('readline');

const kQuestion = Symbol('kQuestion');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options !== null && typeof options === 'object' && options.signal) {
        const { signal } = options;
        if (signal.aborted) {
          const { AbortError } = abortErrorClass();
          return reject(new AbortError(undefined, { cause: signal.reason }));
        }
        const onAbort = () => {
          const { AbortError } = abortErrorClass();
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      try {
        readline.Interface.prototype.question.call(this, query, cb);
      } catch (err) {
        reject(err);
      }
    });
  }
}
Interface.prototype[kQuestion] = true;

function abortErrorClass() {
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', opts = undefined) {
      super(message, opts);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }
  return { AbortError };
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, createInterface, Readline: undefined };
delete module.exports.Readline;
