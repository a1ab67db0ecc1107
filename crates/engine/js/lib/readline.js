'use strict';
// readline (Node v20's lib/readline.js and internal/readline/interface.js) for non-terminal
// input: an Interface reads a stream, decodes it as UTF-8 and emits one 'line' per line ending
// (\n, \r\n, or \r, with crlfDelay joining a \r and a \n split across chunks). Terminal editing,
// history and completion are not modelled (`terminal` is always false here).

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');

const kQuestionCallback = Symbol('kQuestionCallback');
const kOldPrompt = Symbol('kOldPrompt');
const kLineBuffer = Symbol('kLineBuffer');
const kSawReturnAt = Symbol('kSawReturnAt');
const kDecoder = Symbol('kDecoder');
const kLineObjectStream = Symbol('kLineObjectStream');
const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)/g;

const { nodeError } = require('internal_errors');

function errInvalidArgType(name, expected, value) {
  let received;
  if (value == null) received = ` Received ${value}`;
  else if (typeof value === 'function') received = ` Received function ${value.name}`;
  else if (typeof value === 'object') {
    const ctor = value.constructor && value.constructor.name;
    received = ctor ? ` Received an instance of ${ctor}` : ` Received ${require('util').inspect(value, { depth: -1 })}`;
  } else {
    let shown = require('util').inspect(value);
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    received = ` Received type ${typeof value} (${shown})`;
  }
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}.${received}`);
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input && input.input) {
    // An options object was given.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    signal = input.signal;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The argument 'completer' is invalid. Received ${require('util').inspect(completer)}`);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  this.terminal = false;
  this.output = output;
  this.input = input;
  this.line = '';
  this.cursor = 0;
  this.history = [];
  this.historySize = 30;
  this.removeHistoryDuplicates = false;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this[kLineBuffer] = null;
  this[kSawReturnAt] = 0;
  this[kQuestionCallback] = null;
  this[kDecoder] = new StringDecoder('utf8');
  this[kLineObjectStream] = undefined;

  const self = this;
  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self._normalWrite(data);
  }
  function onend() {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  }
  function onSelfCloseWithoutTerminal() {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', onSelfCloseWithoutTerminal);
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function _writeToOutput(stringToWrite) {
  if (typeof stringToWrite !== 'string') throw errInvalidArgType('stringToWrite', 'of type string', stringToWrite);
  if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  this._writeToOutput(this._prompt);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal && signal.aborted) return;
    if (signal) {
      const onAbort = () => {
        this[kQuestionCallback] = null;
        this.setPrompt(this[kOldPrompt]);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const original = cb;
      cb = (answer) => {
        signal.removeEventListener('abort', onAbort);
        return original(answer);
      };
    }
  }
  if (this.closed) throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (typeof cb === 'function') {
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this._prompt;
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let string = this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (string.codePointAt(0) === 10) string = string.slice(1);
    this[kSawReturnAt] = 0;
  }
  lineEnding.lastIndex = 0;
  let newPartContainsEnding = lineEnding.exec(string);
  if (newPartContainsEnding !== null) {
    if (this[kLineBuffer]) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
      lineEnding.lastIndex = 0;
      newPartContainsEnding = lineEnding.exec(string);
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const indexes = [0, newPartContainsEnding.index, lineEnding.lastIndex];
    let nextMatch;
    while ((nextMatch = lineEnding.exec(string)) !== null) indexes.push(nextMatch.index, lineEnding.lastIndex);
    const lastIndex = indexes.length - 1;
    this[kLineBuffer] = string.slice(indexes[lastIndex]);
    for (let i = 1; i < lastIndex; i += 2) {
      this._onLine(string.slice(indexes[i - 1], indexes[i]));
      if (this.closed) break;
    }
  } else if (string) {
    if (this[kLineBuffer]) this[kLineBuffer] += string;
    else this[kLineBuffer] = string;
  }
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this.paused) this.resume();
  this._normalWrite(d);
};

Interface.prototype.getCursorPos = function getCursorPos() {
  return { rows: 0, cols: this.cursor };
};

// v20: events.on(this, 'line', { close: ['close'], highWaterMark: 1024 }) taking the first
// event argument; the interface is paused above 1024 unread lines and resumed when drained.
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
function lineIterator(emitter) {
  const highWatermark = 1024;
  const lowWatermark = 1;
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw errInvalidArgType('EventEmitter.AsyncIterator', 'an instance of Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      if (!paused && unconsumedEvents.length + 1 > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve({ value, done: false });
    }
  }
  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }
  function closeHandler() {
    emitter.removeListener('line', eventHandler);
    emitter.removeListener('error', errorHandler);
    emitter.removeListener('close', closeHandler);
    finished = true;
    const doneResult = { value: undefined, done: true };
    while (unconsumedPromises.length) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
  emitter.on('line', eventHandler);
  emitter.on('error', errorHandler);
  emitter.on('close', closeHandler);
  return iterator;
}

Interface.prototype[Symbol.asyncIterator] = function () {
  if (this[kLineObjectStream] === undefined) this[kLineObjectStream] = lineIterator(this);
  return this[kLineObjectStream];
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Cursor helpers write ANSI escape sequences, as in Node's internal/readline/callbacks.js.
const CSI = (strings, ...args) => {
  let ret = '\x1b[';
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
};

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined && typeof callback !== 'function') throw errInvalidArgType('callback', 'of type function', callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'x' is invalid. Received NaN");
  if (Number.isNaN(y)) throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'y' is invalid. Received NaN");
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw nodeError(TypeError, 'ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column');
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write('\x1b[0J', callback);
}

function emitKeypressEvents() {}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    return require('readline/promises');
  },
});
