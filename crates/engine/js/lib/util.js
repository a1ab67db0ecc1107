'use strict';
// nodescope's implementation of Node v20's `util` module.
//
// Runs both inside nodescope's engine (Boa) and under real node, so that it can be
// checked against node's own `util` (see ../test/util_inspect_check.js).
// Things that plain JavaScript cannot observe (a promise's state, the entries of a
// Map iterator without consuming it) are asked of the native bridge
// `globalThis.__nodescope` when it offers them.

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (v) => Object.prototype.toString.call(v);
const fnToString = (fn) => {
  try { return Function.prototype.toString.call(fn); } catch (_) { return ''; }
};

// Builtin modules run as `function (exports, require, module, internals)` in the engine;
// under real node `internals` does not exist. What this module may ask of the bridge:
//   promiseState(p)     -> { state: 'pending' | 'fulfilled' | 'rejected', value } or undefined
//   getProxyDetails(v)  -> { target, handler } for a proxy (target null once revoked), else undefined
//   previewEntries(v)   -> [entries, isKeyValue] for Map/Set iterators and weak collections
//   isNativeError(v)    -> boolean
// Each is optional; without it inspect falls back to what plain JavaScript can observe.
const hostBridge = (typeof internals === 'object' && internals !== null && internals.ns) ?
  internals.ns : undefined; // eslint-disable-line no-undef

function native(name) {
  const ns = hostBridge !== undefined ? hostBridge : globalThis.__nodescope;
  if (ns !== undefined && ns !== null && typeof ns[name] === 'function') return ns[name].bind(ns);
  return undefined;
}

function accessor(proto, key) {
  if (proto === undefined || proto === null) return undefined;
  const desc = Object.getOwnPropertyDescriptor(proto, key);
  return desc !== undefined ? desc.get : undefined;
}

// Calls `fn` with `value` as receiver; true when it does not throw (a brand check).
function passesBrand(fn, value, arg) {
  if (typeof fn !== 'function') return false;
  try {
    fn.call(value, arg);
    return true;
  } catch (_) {
    return false;
  }
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const taTagAccessor = accessor(TypedArrayProto, Symbol.toStringTag);
const taLengthAccessor = accessor(TypedArrayProto, 'length');
const typedArrayLength = (v) => (taLengthAccessor !== undefined ? taLengthAccessor.call(v) : v.length);
// %TypedArray%.prototype[@@toStringTag]: the element type's name for typed arrays, else undefined.
const typedArrayTagGetter = {
  call(v) {
    if (taTagAccessor !== undefined) return taTagAccessor.call(v);
    if (!ArrayBuffer.isView(v) || passesBrand(dataViewBuffer, v)) return undefined;
    const tag = objectToString(v).slice(8, -1);
    return /Array$/.test(tag) ? tag : undefined;
  },
};
const mapSizeGetter = accessor(Map.prototype, 'size');
const setSizeGetter = accessor(Set.prototype, 'size');
const regexpGlobalGetter = accessor(RegExp.prototype, 'global');
const arrayBufferByteLength = accessor(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  accessor(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = accessor(DataView.prototype, 'buffer');

function protoOfSyntax(make) {
  try { return Object.getPrototypeOf(make()); } catch (_) { return undefined; }
}
// Built lazily from source so that a missing feature does not break loading.
const AsyncFunctionProto = protoOfSyntax(() => new Function('return async function () {}')());
const GeneratorFunctionProto = protoOfSyntax(() => new Function('return function* () {}')());
const AsyncGeneratorFunctionProto = protoOfSyntax(() => new Function('return async function* () {}')());

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

// ---------------------------------------------------------------------------
// util.types
// ---------------------------------------------------------------------------

const types = {};

types.isExternal = () => false;
types.isDate = (v) => isObjectLike(v) && passesBrand(Date.prototype.getTime, v);
types.isArgumentsObject = (v) => isObjectLike(v) && objectToString(v) === '[object Arguments]';
types.isBigIntObject = (v) => typeof v === 'object' && v !== null &&
  typeof BigInt === 'function' && passesBrand(BigInt.prototype.valueOf, v);
types.isBooleanObject = (v) => typeof v === 'object' && v !== null && passesBrand(Boolean.prototype.valueOf, v);
types.isNumberObject = (v) => typeof v === 'object' && v !== null && passesBrand(Number.prototype.valueOf, v);
types.isStringObject = (v) => typeof v === 'object' && v !== null && passesBrand(String.prototype.valueOf, v);
types.isSymbolObject = (v) => typeof v === 'object' && v !== null && passesBrand(Symbol.prototype.valueOf, v);
types.isBoxedPrimitive = (v) => types.isNumberObject(v) || types.isStringObject(v) ||
  types.isBooleanObject(v) || types.isBigIntObject(v) || types.isSymbolObject(v);
types.isNativeError = (v) => {
  if (!isObjectLike(v)) return false;
  const nat = native('isNativeError');
  if (nat !== undefined) return !!nat(v);
  return objectToString(v) === '[object Error]';
};
types.isRegExp = (v) => {
  if (!isObjectLike(v)) return false;
  try {
    return regexpGlobalGetter.call(v) !== undefined;
  } catch (_) {
    return false;
  }
};
types.isAsyncFunction = (v) => {
  if (typeof v !== 'function') return false;
  if (AsyncFunctionProto && Object.prototype.isPrototypeOf.call(AsyncFunctionProto, v)) return true;
  if (AsyncGeneratorFunctionProto && Object.prototype.isPrototypeOf.call(AsyncGeneratorFunctionProto, v)) return true;
  const ctor = v.constructor;
  return !!ctor && (ctor.name === 'AsyncFunction' || ctor.name === 'AsyncGeneratorFunction');
};
types.isGeneratorFunction = (v) => {
  if (typeof v !== 'function') return false;
  if (GeneratorFunctionProto && Object.prototype.isPrototypeOf.call(GeneratorFunctionProto, v)) return true;
  if (AsyncGeneratorFunctionProto && Object.prototype.isPrototypeOf.call(AsyncGeneratorFunctionProto, v)) return true;
  const ctor = v.constructor;
  return !!ctor && (ctor.name === 'GeneratorFunction' || ctor.name === 'AsyncGeneratorFunction');
};
types.isGeneratorObject = (v) => {
  if (!isObjectLike(v)) return false;
  const tag = objectToString(v);
  return tag === '[object Generator]' || tag === '[object AsyncGenerator]';
};
types.isPromise = (v) => {
  if (!isObjectLike(v)) return false;
  const state = native('promiseState');
  if (state !== undefined) {
    try {
      return state(v) !== undefined;
    } catch (_) {
      return false;
    }
  }
  return v instanceof Promise || objectToString(v) === '[object Promise]';
};
types.isMap = (v) => isObjectLike(v) && passesBrand(mapSizeGetter, v);
types.isSet = (v) => isObjectLike(v) && passesBrand(setSizeGetter, v);
types.isMapIterator = (v) => isObjectLike(v) && objectToString(v) === '[object Map Iterator]';
types.isSetIterator = (v) => isObjectLike(v) && objectToString(v) === '[object Set Iterator]';
types.isWeakMap = (v) => isObjectLike(v) && passesBrand(WeakMap.prototype.has, v, {});
types.isWeakSet = (v) => isObjectLike(v) && passesBrand(WeakSet.prototype.has, v, {});
types.isArrayBuffer = (v) => isObjectLike(v) && passesBrand(arrayBufferByteLength, v);
types.isSharedArrayBuffer = (v) => isObjectLike(v) && passesBrand(sharedArrayBufferByteLength, v);
types.isAnyArrayBuffer = (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v);
types.isDataView = (v) => isObjectLike(v) && passesBrand(dataViewBuffer, v);
types.isArrayBufferView = (v) => ArrayBuffer.isView(v);
types.isTypedArray = (v) => typedArrayTagGetter.call(v) !== undefined;
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array',
  'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayTagGetter.call(v) === name;
}
types.isProxy = (v) => {
  const nat = native('getProxyDetails');
  return nat !== undefined && isObjectLike(v) ? nat(v) !== undefined : false;
};
types.isModuleNamespaceObject = (v) => isObjectLike(v) && objectToString(v) === '[object Module]' &&
  Object.getPrototypeOf(v) === null;
types.isKeyObject = () => false;
types.isCryptoKey = () => false;

// Node's notion of "an error" inside inspect: a native error or anything inheriting from Error.
function isErrorLike(v) {
  return types.isNativeError(v) || v instanceof Error;
}

// ---------------------------------------------------------------------------
// Errors thrown by this module (shaped like Node's internal errors)
// ---------------------------------------------------------------------------

function makeNodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  if (typeof err.stack === 'string') {
    const prefix = `${err.name}: `;
    if (err.stack.startsWith(prefix)) {
      err.stack = `${err.name} [${code}]: ${err.stack.slice(prefix.length)}`;
    }
  }
  return err;
}

function describeReceived(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  if (typeof value === 'string' && value.length > 25) value = `${value.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspect(value, { colors: false })})`;
}

function invalidArgType(name, expected, value) {
  const what = name.endsWith(' argument') ? `The ${name}` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `${what} must be ${expected}.${describeReceived(value)}`);
}

function checkFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

// ---------------------------------------------------------------------------
// Strings: quoting, escaping, display width
// ---------------------------------------------------------------------------

const C0_ESCAPES = {
  8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r',
};

function hex2(code) {
  return code.toString(16).toUpperCase().padStart(2, '0');
}

function escapeCode(code) {
  if (code === 92) return '\\\\';
  if (code === 39) return "\\'";
  if (C0_ESCAPES[code] !== undefined) return C0_ESCAPES[code];
  if (code < 32 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex2(code)}`;
  return `\\u${code.toString(16)}`;
}

// Escapes control characters, backslashes, lone surrogates and (when asked) single quotes.
function escapeText(str, escapeSingleQuote) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    let needs = false;
    if (code === 92 || code < 32 || (code >= 0x7f && code <= 0x9f)) {
      needs = true;
    } else if (code === 39) {
      needs = escapeSingleQuote;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      needs = true;
    }
    if (needs) {
      out += str.slice(last, i) + escapeCode(code);
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

// Quotes a string the way inspect does: single quotes unless the string contains one,
// then double quotes, then backticks, and finally escaped single quotes.
function quote(str) {
  let q = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) q = '"';
    else if (!str.includes('`') && !str.includes('${')) q = '`';
  }
  return q + escapeText(str, q === "'") + q;
}

// Escapes symbol descriptions / non-enumerable key names (no quoting, quotes escaped).
function escapeBare(str) {
  return escapeText(str, true);
}

const ANSI_RE = new RegExp('[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'of type string', str);
  return str.replace(ANSI_RE, '');
}

// Display width tables (the columns a code point takes in a terminal, as ICU's
// East_Asian_Width / Emoji_Presentation / zero-width general categories give them, which is
// what Node's getStringWidth reports). Encoded as base-36 pairs: the gap since the end of the
// previous range, then the range length - 1.
function decodeRanges(text) {
  const out = [];
  let prev = 0;
  const nums = text.split(',');
  for (let i = 0; i < nums.length; i += 2) {
    const start = prev + parseInt(nums[i], 36);
    const end = start + parseInt(nums[i + 1], 36);
    out.push(start, end);
    prev = end;
  }
  return out;
}

const WIDE_RANGES = decodeRanges(
  '3cw,2n,3i3,1,e,1,5b,3,4,0,3,0,ei,1,m,1,r,7,h,b,18,0,b,5,4,0,e,0,9,1,i,1,6,1,9,0,6,0,m,0,8,1,2,0,' +
  '5,0,3,0,8,0,5,1,t,0,10,0,2,0,5,2,2,0,1q,2,p,0,f,0,nw,1,1g,0,5,0,mj,p,2,2g,d,5x,r,26,3,2d,3,2u,6,' +
  '16,2,2l,2,2d,a,1b,2,13,9,mkc,4,1i,wq,s,hw,8mb,6l9,e7,lt,9,n,y,2,i,2,3,46,2n,3k,6,m4a,4,c,6,a,5p1' +
  ',16,v,2q,36,6pq,3,2,6,2,1,2,82,g,0,u,2,3,0,f,3,9,az,603,1,1,4,2f,1,1,3,8w,2e,a,m,5n2,0,5n,0,5b,0' +
  ',3,9,24,s,e,17,5,8,8,1,f,5,4b,w,d,8,2,1x,2,l,d,16,5,4,d,g,4,0,4,1y,2,0,2,56,3,1q,e,3,2,n,j,0,r,1' +
  ',e,0,2f,2c,1d,1x,7,0,4,2,3,3,4,3,c,1,8,8,6c,b,5,0,7w,1a,2,9,2,54,35,c,4,a,4,1k,2,0,5,f,3,b,5,9,z' +
  's,1ekd,3,1ekd');

const ZERO_RANGES = decodeRanges(
  '0,v,2o,w,gx,33,7o,6,7c,18,2,0,2,1,2,1,2,0,1l,5,b,a,2,0,1b,k,h,0,2u,7,2,5,3,1,2,3,y,0,2,0,v,q,2k,' +
  'a,1n,8,a,0,p,3,2,8,2,2,2,4,18,2,1h,1,6,8,17,1k,1k,0,2,0,5,7,5,0,4,6,b,1,u,0,1n,0,5,3,9,0,l,1,r,0' +
  ',3,1,1m,0,5,1,5,1,3,2,4,0,v,1,4,0,c,1,1m,0,5,4,2,1,5,0,l,1,n,5,2,0,1n,0,3,0,2,3,9,0,8,1,c,1,v,0,' +
  '1q,0,d,0,1f,0,4,0,1k,0,2,2,6,2,2,3,8,1,c,1,u,0,1n,0,3,0,7,0,6,1,l,1,t,1,1m,1,5,3,9,0,l,1,u,0,21,' +
  '0,8,2,2,0,2j,0,3,6,d,7,2r,0,3,8,c,6,22,1,s,0,2,0,2,0,1k,d,2,4,2,1,6,a,2,z,a,0,2v,3,2,5,2,1,3,1,q' +
  ',1,5,2,h,3,e,0,3,1,7,0,g,0,jk,2,qb,2,u,1,v,1,v,1,1t,1,2,6,9,0,3,a,a,0,1a,4,3a,1,z,0,3b,2,5,1,a,0' +
  ',7,2,64,1,3,0,1n,0,2,6,2,0,2,0,3,7,7,9,3,0,1d,19,3,b,l,3,1d,0,2,4,2,0,6,0,15,8,d,1,x,3,3,1,2,2,1' +
  'l,0,2,1,4,0,2,2,1n,7,3,1,49,2,2,c,2,6,5,0,7,0,4,1,5j,1r,ek,4,r,4,1e,4,2,9,2p,w,2db,2,3y,0,2p,v,n' +
  'sg,3,2,9,x,1,29,1,7l,0,4,0,5,0,q,1,6,0,48,1,r,h,e,0,13,7,q,a,1b,2,1d,0,3,3,3,1,14,0,1w,5,3,1,3,1' +
  ',d,0,9,0,1c,0,1g,0,2,2,3,1,6,1,2,0,17,1,9,0,6n,0,3,0,5,0,fn5,0,ki,f,h,f,5s,0,6y,2,ea,0,6b,0,46,4' +
  ',1af,2,2,1,6,3,15,2,5,0,4m,1,fy,3,1u,4,8u,1,26,5,1z,a,1e,3,3g,0,1j,e,16,0,3,1,b,2,1e,3,3,1,3,0,5' +
  ',0,b,0,1f,2,11,4,2,7,1r,0,d,1,1h,8,b,3,3,0,2o,2,3,0,2,1,7,0,3,0,4e,0,4,7,m,1,1m,1,4,0,12,6,4,4,1' +
  'z,5,e,0,2,0,2,0,f,1,2e,7,3,2,2,0,o,0,2d,5,2,0,5,1,2,1,6n,3,7,1,2,1,s,1,2e,7,3,0,2,1,2z,0,2,0,3,5' +
  ',2,0,2u,0,2,0,3,3,2,4,78,8,2,1,75,1,2,0,5,0,41,3,3,1,5,0,x,9,15,5,3,3,9,0,a,5,3,2,1b,c,2,1,5j,0,' +
  '2,2,2,0,5m,6,2,5,2,0,2b,l,3,6,2,1,2,1,3f,5,4,0,2,1,2,6,2,0,21,1,4,0,2,0,9o,1,c,1,1h,4,6,0,2,0,o,' +
  '0,446,g,7,e,8uh,b,4,2,1xd,4,1o,6,t5,0,1s,3,f7v,1,2,3,3ml,19,3,m,f5,2,a,f,3,6,v,3,45,2,1j0,1i,5,1' +
  'd,9,0,f,0,n,4,2,e,11t,6,2,g,3,6,2,1,2,4,2t,0,4h,6,ag,0,1q,3,e5,3,73,1,6s,0,3,0,8,1,6,0,d7,6,32,6' +
  ',gzav,0,v,2n,3l,6n');

function inRanges(table, cp) {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < table[mid * 2]) hi = mid - 1;
    else if (cp > table[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function codePointWidth(cp) {
  if (inRanges(WIDE_RANGES, cp)) return 2;
  if (inRanges(ZERO_RANGES, cp)) return 0;
  return 1;
}

// Number of terminal columns `str` takes (used to line up grouped array entries).
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = str.replace(ANSI_RE, '');
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      let rest = str.slice(i);
      try { rest = rest.normalize('NFC'); } catch (_) { /* no normalization available */ }
      for (const ch of rest) width += codePointWidth(ch.codePointAt(0));
      return width;
    }
    if (code >= 32) width++;
  }
  return width;
}

// ---------------------------------------------------------------------------
// inspect: options and styles
// ---------------------------------------------------------------------------

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const colorCodes = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};
// Aliases Node accepts, not enumerable so that they do not show when the table is listed.
for (const [alias, target] of [['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['dim', 'dim'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
  ['swapColors', 'inverse'], ['swapcolors', 'inverse'], ['doubleUnderline', 'doubleunderline']]) {
  if (alias === target) continue;
  Object.defineProperty(colorCodes, alias, {
    get() { return this[target]; },
    set(v) { Object.defineProperty(this, target, { value: v, writable: true, enumerable: true, configurable: true }); },
    enumerable: false,
    configurable: true,
  });
}

const styleNames = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeNoColor(str) {
  return str;
}

function stylizeWithColor(str, styleType) {
  const style = styleNames[styleType];
  if (style !== undefined) {
    const color = colorCodes[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function visibleLength(ctx, str) {
  return ctx.colors ? str.replace(ANSI_RE, '').length : str.length;
}

// ---------------------------------------------------------------------------
// inspect: the formatter
// ---------------------------------------------------------------------------

const OBJECT_KIND = 0; // entries are `key: value`
const ARRAY_ITEM = 1; // an element of an array: just the value
const ARRAY_KIND = 2; // an array-like container (elements may be grouped in columns)

const IDENTIFIER_RE = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const INDEX_RE = /^(0|[1-9][0-9]*)$/;

// Global constructors of the language itself (not Node's).
const builtInObjects = new Set(['Object', 'Function', 'Array', 'Number', 'Boolean', 'String',
  'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
  'Atomics', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView',
  'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
  'SharedArrayBuffer', 'WebAssembly']);

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || !INDEX_RE.test(key)) return false;
  return Number(key) < 4294967295;
}

// Enumerable own string keys then enumerable own symbols (or every own key with showHidden).
function ownKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    try {
      keys = Object.keys(value);
    } catch (_) {
      keys = [];
    }
    for (const s of symbols) {
      if (isEnumerable(value, s)) keys.push(s);
    }
  }
  return keys;
}

// Own keys that are not array indices (for arrays and typed arrays).
function nonIndexKeys(value, showHidden) {
  const out = [];
  for (const key of Object.getOwnPropertyNames(value)) {
    if (isArrayIndexKey(key)) continue;
    if (showHidden || isEnumerable(value, key)) out.push(key);
  }
  for (const s of Object.getOwnPropertySymbols(value)) {
    if (showHidden || isEnumerable(value, s)) out.push(s);
  }
  return out;
}

function safeInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch (_) {
    return false;
  }
}

// Name of the first constructor up the prototype chain that `value` is an instance of;
// null for objects without prototype.
function constructorNameOf(value, ctx, recurseTimes, protoProps) {
  let firstProto;
  let obj = value;
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        safeInstanceOf(value, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        collectPrototypeProperties(ctx, value, firstProto || value, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const own = internalClassName(value);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${own} <Complex prototype>`;
  const protoName = constructorNameOf(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    const shown = inspect(firstProto, Object.assign({}, ctx, { customInspect: false, depth: -1 }));
    return `${own} <${shown}>`;
  }
  return `${own} <${protoName}>`;
}

function internalClassName(value) {
  if (typeof value === 'function') return 'Function';
  const tag = objectToString(value).slice(8, -1);
  if (tag === 'Arguments' || tag === 'Error' || tag === 'Boolean' || tag === 'Number' ||
      tag === 'String' || tag === 'Date' || tag === 'RegExp') return tag;
  return 'Object';
}

// With showHidden: non-method properties found on user-defined prototypes.
function collectPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let seenKeys;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      seenKeys = new Set();
    } else {
      for (const k of keys) seenKeys.add(k);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && seenKeys.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const entry = formatProperty(ctx, obj, recurseTimes, key, OBJECT_KIND, desc, main);
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// The name shown for a plain object without prototype: V8's class name, which is the
// object's own string-valued @@toStringTag data property when it has one.
function plainFallback(value, constructor, tag) {
  if (constructor !== null) return 'Object';
  const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  if (desc === undefined || typeof desc.value !== 'string' || desc.value === '' || desc.value === tag) {
    return 'Object';
  }
  return desc.value;
}

function prefixFor(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function remainingText(n) {
  return `... ${n} more item${n > 1 ? 's' : ''}`;
}

function formatNumber(stylize, n, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(n, -0)) return stylize('-0', 'number');
    return stylize(`${n}`, 'number');
  }
  const int = Math.trunc(n);
  const intStr = String(int);
  if (int === n) {
    if (!Number.isFinite(n) || intStr.includes('e')) return stylize(intStr, 'number');
    return stylize(groupDigitsLeft(intStr), 'number');
  }
  if (Number.isNaN(n)) return stylize(intStr, 'number');
  // Split the shortest representation at its dot (as Node does, even for exponent forms).
  const text = String(n);
  const dot = text.indexOf('.');
  return stylize(`${groupDigitsLeft(text.slice(0, dot))}.${groupDigitsRight(text.slice(dot + 1))}`, 'number');
}

function groupDigitsLeft(digits) {
  const sign = digits.startsWith('-') ? 1 : 0;
  let end = digits.length;
  let tail = '';
  while (end - sign >= 4) {
    tail = `_${digits.slice(end - 3, end)}${tail}`;
    end -= 3;
  }
  return digits.slice(0, end) + tail;
}

function groupDigitsRight(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) out += `${digits.slice(i, i + 3)}_`;
  return out + digits.slice(i);
}

function formatBigInt(stylize, n, numericSeparator) {
  const str = String(n);
  return stylize(`${numericSeparator ? groupDigitsLeft(str) : str}n`, 'bigint');
}

function splitAfterNewlines(str) {
  const parts = [];
  let start = 0;
  let idx;
  while ((idx = str.indexOf('\n', start)) !== -1) {
    parts.push(str.slice(start, idx + 1));
    start = idx + 1;
  }
  if (start < str.length) parts.push(str.slice(start));
  return parts;
}

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true && value.length > 16 &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        return splitAfterNewlines(value)
          .map((line) => stylize(quote(line), 'string'))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return stylize(quote(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

function userOptionsOf(ctx) {
  const opts = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
  };
  if (ctx.userOptions !== undefined) Object.assign(opts, ctx.userOptions);
  return opts;
}

function formatValue(ctx, value, recurseTimes, inTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  const proxyDetails = native('getProxyDetails');
  if (proxyDetails !== undefined) {
    const details = proxyDetails(value);
    if (details !== undefined) {
      if (details === null || details.target === null) return ctx.stylize('<Revoked Proxy>', 'special');
      if (ctx.showProxy) {
        if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
        const level = recurseTimes + 1;
        ctx.indentationLvl += 2;
        const parts = [formatValue(ctx, details.target, level), formatValue(ctx, details.handler, level)];
        ctx.indentationLvl -= 2;
        return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], ARRAY_KIND, level);
      }
      value = details.target;
    }
  } else {
    // Without the bridge a proxy cannot be told apart, but a revoked one throws on every
    // internal method: that is Node's `<Revoked Proxy>`.
    try { Reflect.getPrototypeOf(value); } catch (_) { return ctx.stylize('<Revoked Proxy>', 'special'); }
  }

  if (ctx.customInspect) {
    let custom;
    try { custom = value[customInspectSymbol]; } catch (_) { custom = undefined; }
    if (typeof custom === 'function' && custom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const result = custom.call(context, depth, userOptionsOf(ctx), inspect);
      if (result !== context) {
        if (typeof result !== 'string') return formatValue(ctx, result, recurseTimes);
        return result.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, inTypedArray);
}

function formatRaw(ctx, value, recurseTimes, inTypedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];

  const constructor = constructorNameOf(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = '';
  try {
    const t = value[Symbol.toStringTag];
    if (typeof t === 'string' && t !== '' &&
        !(ctx.showHidden ? hasOwn(value, Symbol.toStringTag) : isEnumerable(value, Symbol.toStringTag))) {
      tag = t;
    }
  } catch (_) { /* a throwing getter: no tag */ }

  let base = '';
  let formatter = () => [];
  let braces;
  let kind = OBJECT_KIND;
  let plain = true; // not one of the iterable containers below
  const noExtras = () => keys.length === 0 && protoProps === undefined;

  let iterable = false;
  try { iterable = !!value[Symbol.iterator]; } catch (_) { iterable = false; }
  if (iterable || constructor === null) {
    plain = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        prefixFor(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = nonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noExtras()) return `${braces[0]}]`;
      kind = ARRAY_KIND;
      formatter = formatArray;
    } else if (types.isSet(value)) {
      const size = setSizeGetter.call(value);
      const prefix = prefixFor(constructor, tag, 'Set', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      // (Node walks a prototype-less Set through an iterator and then shows every entry.)
      formatter = (c, v, r) => formatSetEntries(c, value, constructor === null ? Infinity : size, r);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isMap(value)) {
      const size = mapSizeGetter.call(value);
      const prefix = prefixFor(constructor, tag, 'Map', `(${size})`);
      keys = ownKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMapEntries(c, value, constructor === null ? Infinity : size, r);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (types.isTypedArray(value)) {
      keys = nonIndexKeys(value, ctx.showHidden);
      const fallback = constructor === null ? typedArrayTagGetter.call(value) : '';
      const size = typedArrayLength(value);
      const prefix = prefixFor(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      // Without a prototype the accessors are missing; read them from a copy.
      const bound = constructor === null && typeof globalThis[fallback] === 'function' ?
        new globalThis[fallback](value) : value;
      formatter = (c, v, r) => formatTypedArray(c, bound, size, r);
      kind = ARRAY_KIND;
    } else if (types.isMapIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else if (types.isSetIterator(value)) {
      keys = ownKeys(value, ctx.showHidden);
      braces = iteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, c, v, r);
    } else {
      plain = true;
    }
  }

  if (plain) {
    keys = ownKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = functionBase(value, constructor, tag);
      if (noExtras()) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (types.isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${prefixFor(constructor, tag, 'Object')}{`;
      }
      if (noExtras()) return `${braces[0]}}`;
    } else if (types.isRegExp(value)) {
      // Boa escapes an already escaped '/' in `source` a second time.
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value)).replace(/\\\\\//g, '\\/');
      const prefix = prefixFor(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noExtras() || (ctx.depth !== null && recurseTimes > ctx.depth)) return ctx.stylize(base, 'regexp');
    } else if (types.isDate(value)) {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = prefixFor(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noExtras()) return ctx.stylize(base, 'date');
    } else if (isErrorLike(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (noExtras()) return base;
    } else if (types.isAnyArrayBuffer(value)) {
      const typeName = types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = prefixFor(constructor, tag, typeName);
      if (inTypedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (noExtras()) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (types.isDataView(value)) {
      braces[0] = `${prefixFor(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (types.isPromise(value)) {
      braces[0] = `${prefixFor(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (types.isWeakSet(value)) {
      braces[0] = `${prefixFor(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakUnknown;
    } else if (types.isWeakMap(value)) {
      braces[0] = `${prefixFor(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakUnknown;
    } else if (types.isModuleNamespaceObject(value)) {
      braces[0] = `${prefixFor(constructor, tag, 'Module')}{`;
    } else if (types.isBoxedPrimitive(value)) {
      base = boxedBase(value, ctx, keys, constructor, tag);
      if (noExtras()) return base;
    } else {
      const prefix = prefixFor(constructor, tag, plainFallback(value, constructor, tag));
      if (noExtras()) return `${prefix}{}`;
      braces[0] = `${prefix}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = prefixFor(constructor, tag, plainFallback(value, constructor, tag)).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], kind));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${prefixFor(constructor, tag, 'Object').slice(0, -1)}: Inspection interrupted ` +
      'prematurely. Maximum call stack size exceeded.]', 'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const ref = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? ref : `${ref} ${base}`;
      } else {
        braces[0] = `${ref} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const compare = ctx.sorted === true ? undefined : ctx.sorted;
    if (kind === OBJECT_KIND) {
      output.sort(compare);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(compare);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const result = reduceToSingleString(ctx, output, base, braces, kind, recurseTimes, value);
  const used = (ctx.budget[ctx.indentationLvl] || 0) + result.length;
  ctx.budget[ctx.indentationLvl] = used;
  if (used > 2 ** 27) ctx.depth = -1;
  return result;
}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack|recursion|stack overflow/i.test(String(err.message));
}

function iteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function functionBase(value, constructor, tag) {
  const source = fnToString(value);
  // Boa prints every class as "function X() { [native code] }"; a class is recognised there
  // by its non-writable prototype, unless it is one of the engine's own global constructors.
  if (source.includes('[native code]') && isBoaClass(value)) return classBase(value, constructor, tag);
  const classMatch = /^class(?=[\s{])([^{]*)\{/.exec(source);
  if (classMatch !== null && source.endsWith('}')) {
    const header = classMatch[1].replace(/\/\/.*?\n|\/\*[\s\S]*?\*\//g, '');
    if (!header.includes('(')) return classBase(value, constructor, tag);
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') base += ' (anonymous)';
  else base += `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function isBoaClass(fn) {
  const desc = Object.getOwnPropertyDescriptor(fn, 'prototype');
  if (!desc || desc.writable !== false) return false;
  const global = fn.name ? Object.getOwnPropertyDescriptor(globalThis, fn.name) : undefined;
  if (global && (global.value === fn || typeof global.get === 'function')) return false;
  return !builtinConstructors.has(fn);
}
const builtinConstructors = new Set([Object, Function, Array, Number, String, Boolean, Symbol, Date, RegExp,
  Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError, Map, Set, WeakMap, WeakSet,
  Promise, ArrayBuffer, DataView, Proxy, Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array,
  Int32Array, Float32Array, Float64Array, Uint8ClampedArray, BigInt64Array, BigUint64Array,
  Object.getPrototypeOf(Uint8Array)].concat(typeof AggregateError === 'function' ? [AggregateError] : []));

function classBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function boxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys of a String object only repeat its characters.
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// --- errors ---

function stackOf(err) {
  return err.stack ? String(err.stack) : Error.prototype.toString.call(err);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = stackOf(err);

  // Hide name/message/stack own properties that the stack already shows.
  if (!ctx.showHidden && keys.length !== 0) {
    for (const prop of ['name', 'message', 'stack']) {
      const i = keys.indexOf(prop);
      if (i !== -1 && stack.includes(err[prop])) keys.splice(i, 1);
    }
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (Array.isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');

  stack = improveStack(stack, constructor, name, tag);

  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const framesAt = stack.indexOf('\n    at', pos);
  if (framesAt === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, framesAt);
    const frames = stackFrames(ctx, err, stack.slice(framesAt + 1));
    stack = `${head}\n${frames.join('\n')}`;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// Makes the first line of the stack name the actual class of the error.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') && stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (m && m[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = prefixFor(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function stackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try { cause = err.cause; } catch (_) { cause = undefined; }
  if (cause != null && isErrorLike(cause)) {
    const causeStack = stackOf(cause);
    const at = causeStack.indexOf('\n    at');
    if (at !== -1) {
      const causeFrames = causeStack.slice(at + 1).split('\n');
      const { len, offset } = commonRun(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Longest run (> 3 lines) of `a` that also appears in `b` and reaches b's last lines.
function commonRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const max = Math.min(a.length - i, rest);
    while (max > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// --- containers ---

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < shown; i++) {
    if (!hasOwn(value, i)) return formatSparseArray(ctx, value, recurseTimes, shown, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, ARRAY_ITEM));
  }
  if (length - shown > 0) output.push(remainingText(length - shown));
  return output;
}

function formatSparseArray(ctx, value, recurseTimes, maxLength, output, start) {
  const keys = Object.keys(value);
  let index = start;
  for (let k = start; k < keys.length && output.length < maxLength; k++) {
    const key = keys[k];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!INDEX_RE.test(key)) break;
      const holes = num - index;
      output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, ARRAY_ITEM));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, length, recurseTimes) {
  const shown = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - shown;
  const output = [];
  const bigints = length > 0 && typeof value[0] !== 'number';
  for (let i = 0; i < shown; i++) {
    output.push(bigints ? formatBigInt(ctx.stylize, value[i], ctx.numericSeparator) :
      formatNumber(ctx.stylize, value[i], ctx.numericSeparator));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexBytes(bytes, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    if (i !== 0) out += ' ';
    out += bytes[i].toString(16).padStart(2, '0');
  }
  return out;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch (_) {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSetEntries(ctx, set, size, recurseTimes) {
  const shown = size === Infinity ? Infinity : Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of Set.prototype.values.call(set)) {
    if (i >= shown) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMapEntries(ctx, map, size, recurseTimes) {
  const shown = size === Infinity ? Infinity : Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of Map.prototype.entries.call(map)) {
    if (i >= shown) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size - shown > 0) output.push(remainingText(size - shown));
  ctx.indentationLvl -= 2;
  return output;
}

// Entries of a Map/Set iterator or a weak collection without consuming it, when the host can
// tell: `__nodescope.previewEntries(value)` returns `[entries, isKeyValue]` where `entries` is
// flat (`[k1, v1, k2, v2, ...]`) when `isKeyValue`, or undefined when it cannot tell.
function previewEntries(value) {
  const nat = native('previewEntries');
  if (nat === undefined) return undefined;
  const res = nat(value);
  if (!Array.isArray(res) || !Array.isArray(res[0])) return undefined;
  return res;
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return [ctx.stylize('<items unknown>', 'special')];
  const entries = preview[0];
  if (preview[1]) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, false);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, false);
}

function formatWeakUnknown(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakUnknown(ctx);
  return formatSetIterInner(ctx, recurseTimes, preview[0], true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewEntries(value);
  if (preview === undefined) return formatWeakUnknown(ctx);
  return formatMapIterInner(ctx, recurseTimes, preview[0], true);
}

function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (entries.length - shown > 0) output.push(remainingText(entries.length - shown));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const pairs = entries.length / 2;
  const shown = Math.min(Math.max(ctx.maxArrayLength, 0), pairs);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < shown; i++) {
    const k = formatValue(ctx, entries[i * 2], recurseTimes);
    const v = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output.push(weak ? `${k} => ${v}` :
      reduceToSingleString(ctx, [k, v], '', ['[', ']'], ARRAY_KIND, recurseTimes));
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (pairs - shown > 0) output.push(remainingText(pairs - shown));
  return output;
}

function promiseDetails(p) {
  const nat = native('promiseState');
  if (nat !== undefined) {
    try {
      const s = nat(p);
      if (s && typeof s.state === 'string') return s;
    } catch (_) { /* not a promise the host knows */ }
  }
  return { state: 'pending' };
}

function formatPromise(ctx, value, recurseTimes) {
  const { state, value: result } = promiseDetails(value);
  if (state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// --- properties ---

function formatProperty(ctx, value, recurseTimes, key, kind, desc, receiver = value) {
  let name;
  let str;
  let separator = ' ';
  if (desc === undefined) {
    desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || kind !== OBJECT_KIND) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const got = desc.get.call(receiver);
        ctx.indentationLvl += 2;
        if (got === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof got === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, got, ctx)}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, 'special')} <Inspection threw (${err && err.message})>${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (kind === ARRAY_ITEM) return str;

  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeBare(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeBare(String(key))}]`;
  } else if (IDENTIFIER_RE.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(quote(String(key)), 'string');
  }
  return `${name}:${separator}${str}`;
}

// --- layout ---

function fitsOnLine(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += visibleLength(ctx, output[i]);
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Arranges many short array entries into aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let count = output.length;
  if (ctx.maxArrayLength < output.length) count--; // leave "... more items" out
  const separatorSpace = 2;
  const widths = new Array(count);
  for (let i = 0; i < count; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    widths[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const columnWidths = [];
    for (let c = 0; c < columns; c++) {
      let width = 0;
      for (let j = c; j < output.length; j += columns) {
        if (widths[j] > width) width = widths[j];
      }
      columnWidths.push(width + separatorSpace);
    }
    let alignRight = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          alignRight = false;
          break;
        }
      }
    }
    const rows = [];
    for (let i = 0; i < count; i += columns) {
      const end = Math.min(i + columns, count);
      let line = '';
      let j = i;
      for (; j < end - 1; j++) {
        const padding = columnWidths[j - i] + output[j].length - widths[j];
        line += alignRight ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
      }
      if (alignRight) {
        const padding = columnWidths[j - i] + output[j].length - widths[j] - separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      rows.push(line);
    }
    if (ctx.maxArrayLength < output.length) rows.push(output[count]);
    output = rows;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, kind, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (kind === ARRAY_KIND && entries > 6) output = groupArrayElements(ctx, output, value);
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnLine(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (fitsOnLine(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// --- entry point ---

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
  enumerable: true,
  configurable: true,
});

Object.defineProperty(inspect, 'colors', {
  get() { return colorCodes; },
  set(v) { Object.assign(colorCodes, v); },
  enumerable: true,
  configurable: true,
});

Object.defineProperty(inspect, 'styles', {
  get() { return styleNames; },
  set(v) { Object.assign(styleNames, v); },
  enumerable: true,
  configurable: true,
});

inspect.replDefaults = Object.assign({}, inspectDefaultOptions);

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------

// True when `%s` should inspect the object rather than call its own toString().
function hasBuiltInToString(value) {
  let target = value;
  const proxyDetails = native('getProxyDetails');
  if (proxyDetails !== undefined) {
    const details = proxyDetails(value);
    if (details !== undefined) {
      if (details === null || details.target === null) return true;
      target = details.target;
    }
  }
  // A Symbol.toPrimitive or toString of the object's own (or of a non-builtin prototype)
  // decides what %s prints.
  const customizes = (obj) => hasOwn(obj, 'toString') || hasOwn(obj, Symbol.toPrimitive);
  if (typeof target.toString !== 'function' && typeof target[Symbol.toPrimitive] !== 'function') return true;
  if (customizes(target)) return false;
  let pointer = target;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !customizes(pointer));
  if (pointer === null) return true;
  const desc = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' && builtInObjects.has(desc.value.name);
}

function safeStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (err && err.name === 'TypeError' && /circular|cyclic/i.test(String(err.message))) return '[Circular]';
    throw err;
  }
}

function formatArgs(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') piece = formatNumber(stylizeNoColor, arg, false);
            else if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) piece = String(arg);
            else piece = inspect(arg, Object.assign({}, inspectOptions, { depth: 0, colors: false, compact: 3 }));
            break;
          }
          case 106: // j
            piece = safeStringify(args[++a]);
            break;
          case 100: { // d
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          }
          case 79: // O
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            piece = inspect(args[++a], Object.assign({}, inspectOptions,
              { showHidden: true, showProxy: true, depth: 4 }));
            break;
          case 105: { // i
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            break;
          }
          case 102: { // f
            const arg = args[++a];
            piece = typeof arg === 'symbol' ? 'NaN' : formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // c
            a += 1;
            piece = '';
            break;
          case 37: // %
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatArgs(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'of type object', inspectOptions);
  }
  return formatArgs(inspectOptions, args);
}

// ---------------------------------------------------------------------------
// promisify / callbackify / inherits / deprecate / debuglog
// ---------------------------------------------------------------------------

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
// Lets other core modules (fs.exists, dns.lookup, child_process.exec) name the values
// their callbacks receive, as Node's internal `customPromisifyArgs` does.
const kCustomPromisifyArgs = Symbol.for('nodescope.util.promisify.customArgs');

function copyDescriptors(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  checkFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    checkFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisified;

function falsyRejection(reason) {
  const err = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
  err.reason = reason;
  return err;
}

function nextTick(fn, ...args) {
  if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    Promise.resolve().then(() => fn(...args));
  }
}

function callbackify(original) {
  checkFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    checkFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick((reason) => cb(reason ? reason : falsyRejection(reason)), rej),
    );
  }
  return copyDescriptors(callbackified, original, (descriptors) => {
    if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warnedDeprecationCodes = new Set();

function deprecate(fn, msg, code) {
  if (typeof process === 'object' && process !== null && process.noDeprecation === true) return fn;
  checkFunction(fn, 'fn');
  if (code !== undefined && typeof code !== 'string') throw invalidArgType('code', 'of type string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(typeof process === 'object' && process !== null && process.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!warnedDeprecationCodes.has(code)) {
          warnedDeprecationCodes.add(code);
          emitDeprecation(msg, code, deprecated);
        }
      } else {
        emitDeprecation(msg, code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  return deprecated;
}

function emitDeprecation(msg, code, ctor) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(msg, 'DeprecationWarning', code, ctor);
  }
}

let debugEnvPattern;
function debugEnabled(section) {
  if (debugEnvPattern === undefined) {
    const env = (typeof process === 'object' && process && process.env && process.env.NODE_DEBUG) || '';
    if (env === '') {
      debugEnvPattern = null;
    } else {
      const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugEnvPattern = new RegExp(`^${src}$`, 'i');
    }
  }
  return debugEnvPattern !== null && debugEnvPattern.test(section);
}

function debuglog(section, cb) {
  let enabled;
  let logger;
  const setup = () => {
    if (enabled === undefined) {
      enabled = debugEnabled(section);
      const tag = section.toUpperCase();
      const pid = typeof process === 'object' && process ? process.pid : 0;
      logger = enabled ? (...args) => {
        const line = `${tag} ${pid}: ${formatWithOptions({ colors: false }, ...args)}\n`;
        if (typeof process === 'object' && process && process.stderr && process.stderr.write) {
          process.stderr.write(line);
        }
      } : () => {};
      if (typeof cb === 'function') cb(logger);
    }
  };
  const log = (...args) => {
    setup();
    logger(...args);
  };
  Object.defineProperty(log, 'enabled', {
    get() {
      setup();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return log;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const line = `${d.getDate()} ${MONTHS[d.getMonth()]} ${time} - ${format(...args)}\n`;
  if (typeof process === 'object' && process && process.stdout && process.stdout.write) {
    process.stdout.write(line);
  } else if (typeof console === 'object') {
    console.log(line.slice(0, -1));
  }
}

// ---------------------------------------------------------------------------
// isDeepStrictEqual
// ---------------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, undefined);
}

function deepEqual(a, b, memos) {
  if (a === b) return a !== 0 || Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (objectToString(a) !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const ka = nonIndexKeys(a, false);
    const kb = nonIndexKeys(b, false);
    if (ka.length !== kb.length) return false;
    return compareWithMemo(a, b, memos, (m) => {
      for (let i = 0; i < a.length; i++) {
        const ha = hasOwn(a, i);
        if (ha !== hasOwn(b, i)) return false;
        if (ha && !deepEqual(a[i], b[i], m)) return false;
      }
      return compareKeys(a, b, ka, m);
    });
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (objectToString(a) === '[object URL]' && typeof a.href === 'string') {
    // URLs keep their state private: Node compares their hrefs.
    if (a.href !== b.href) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) return false;
    if ('cause' in a !== 'cause' in b) return false;
    if ('cause' in a && !deepEqual(a.cause, b.cause, memos)) return false;
    if ('errors' in a !== 'errors' in b) return false;
    if ('errors' in a && !deepEqual(a.errors, b.errors, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b)) return false;
    if (types.isTypedArray(a)) {
      if (typedArrayTagGetter.call(a) !== typedArrayTagGetter.call(b) || a.length !== b.length) return false;
      const float = /^Float/.test(typedArrayTagGetter.call(a));
      for (let i = 0; i < a.length; i++) {
        if (float ? !Object.is(a[i], b[i]) : a[i] !== b[i]) return false;
      }
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const ka = nonIndexKeys(a, false);
    if (ka.length !== nonIndexKeys(b, false).length) return false;
    return compareWithMemo(a, b, memos, (m) => compareKeys(a, b, ka, m));
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !sameBoxed(a, b)) return false;
  } else if (types.isBoxedPrimitive(b) || ArrayBuffer.isView(b) || types.isAnyArrayBuffer(b) ||
             types.isDate(b) || types.isRegExp(b) || isErrorLike(b)) {
    return false;
  }

  const ka = ownKeys(a, false);
  if (ka.length !== ownKeys(b, false).length) return false;
  return compareWithMemo(a, b, memos, (m) => {
    if (types.isSet(a)) {
      if (!types.isSet(b) || !setsEqual(a, b, m)) return false;
    } else if (types.isMap(a)) {
      if (!types.isMap(b) || !mapsEqual(a, b, m)) return false;
    } else if (types.isSet(b) || types.isMap(b)) {
      return false;
    }
    return compareKeys(a, b, ka, m);
  });
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer || a, a.byteOffset || 0, a.byteLength);
  const y = new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return types.isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function compareKeys(a, b, keys, memos) {
  for (const key of keys) {
    if (!isEnumerable(b, key)) return false;
    if (!deepEqual(a[key], b[key], memos)) return false;
  }
  return true;
}

function compareWithMemo(a, b, memos, compare) {
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), position: 0 };
  } else {
    const ma = memos.a.get(a);
    if (ma !== undefined) {
      const mb = memos.b.get(b);
      if (mb !== undefined) return ma === mb;
    }
    memos.position++;
  }
  memos.a.set(a, memos.position);
  memos.b.set(b, memos.position);
  const result = compare(memos);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function setsEqual(a, b, memos) {
  if (a.size !== b.size) return false;
  let pending = null;
  for (const v of a) {
    if (typeof v === 'object' && v !== null) {
      (pending || (pending = [])).push(v);
    } else if (!b.has(v)) {
      if (typeof v === 'number' && Number.isNaN(v)) {
        let found = false;
        for (const w of b) if (typeof w === 'number' && Number.isNaN(w)) found = true;
        if (!found) return false;
      } else {
        return false;
      }
    }
  }
  if (pending !== null) {
    const candidates = [];
    for (const w of b) if (typeof w === 'object' && w !== null && !a.has(w)) candidates.push(w);
    for (const v of pending) {
      if (b.has(v)) continue;
      const idx = candidates.findIndex((w) => deepEqual(v, w, memos));
      if (idx === -1) return false;
      candidates.splice(idx, 1);
    }
  }
  return true;
}

function mapsEqual(a, b, memos) {
  if (a.size !== b.size) return false;
  const loose = [];
  for (const [k, v] of a) {
    if (typeof k === 'object' && k !== null) {
      loose.push([k, v]);
    } else {
      if (!b.has(k) && !(typeof k === 'number' && Number.isNaN(k))) return false;
      const other = b.get(k);
      if ((other === undefined && !b.has(k)) || !deepEqual(v, other, memos)) return false;
    }
  }
  if (loose.length !== 0) {
    const candidates = [];
    for (const [k, v] of b) if (typeof k === 'object' && k !== null) candidates.push([k, v]);
    for (const [k, v] of loose) {
      const idx = candidates.findIndex(([k2, v2]) => deepEqual(k, k2, memos) && deepEqual(v, v2, memos));
      if (idx === -1) return false;
      candidates.splice(idx, 1);
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Smaller utilities
// ---------------------------------------------------------------------------

const SYSTEM_ERRORS = '-7:E2BIG:argument list too long|-13:EACCES:permission denied|' +
  '-98:EADDRINUSE:address already in use|-99:EADDRNOTAVAIL:address not available|' +
  '-97:EAFNOSUPPORT:address family not supported|-11:EAGAIN:resource temporarily unavailable|' +
  '-3000:EAI_ADDRFAMILY:address family not supported|-3001:EAI_AGAIN:temporary failure|' +
  '-3002:EAI_BADFLAGS:bad ai_flags value|-3013:EAI_BADHINTS:invalid value for hints|' +
  '-3003:EAI_CANCELED:request canceled|-3004:EAI_FAIL:permanent failure|' +
  '-3005:EAI_FAMILY:ai_family not supported|-3006:EAI_MEMORY:out of memory|' +
  '-3007:EAI_NODATA:no address|-3008:EAI_NONAME:unknown node or service|' +
  '-3009:EAI_OVERFLOW:argument buffer overflow|-3014:EAI_PROTOCOL:resolved protocol is unknown|' +
  '-3010:EAI_SERVICE:service not available for socket type|-3011:EAI_SOCKTYPE:socket type not supported|' +
  '-114:EALREADY:connection already in progress|-9:EBADF:bad file descriptor|' +
  '-16:EBUSY:resource busy or locked|-125:ECANCELED:operation canceled|' +
  '-4080:ECHARSET:invalid Unicode character|-103:ECONNABORTED:software caused connection abort|' +
  '-111:ECONNREFUSED:connection refused|-104:ECONNRESET:connection reset by peer|' +
  '-89:EDESTADDRREQ:destination address required|-17:EEXIST:file already exists|' +
  '-14:EFAULT:bad address in system call argument|-27:EFBIG:file too large|' +
  '-113:EHOSTUNREACH:host is unreachable|-4:EINTR:interrupted system call|-22:EINVAL:invalid argument|' +
  '-5:EIO:i/o error|-106:EISCONN:socket is already connected|-21:EISDIR:illegal operation on a directory|' +
  '-40:ELOOP:too many symbolic links encountered|-24:EMFILE:too many open files|' +
  '-90:EMSGSIZE:message too long|-36:ENAMETOOLONG:name too long|-100:ENETDOWN:network is down|' +
  '-101:ENETUNREACH:network is unreachable|-23:ENFILE:file table overflow|' +
  '-105:ENOBUFS:no buffer space available|-19:ENODEV:no such device|' +
  '-2:ENOENT:no such file or directory|-12:ENOMEM:not enough memory|' +
  '-64:ENONET:machine is not on the network|-92:ENOPROTOOPT:protocol not available|' +
  '-28:ENOSPC:no space left on device|-38:ENOSYS:function not implemented|' +
  '-107:ENOTCONN:socket is not connected|-20:ENOTDIR:not a directory|-39:ENOTEMPTY:directory not empty|' +
  '-88:ENOTSOCK:socket operation on non-socket|-95:ENOTSUP:operation not supported on socket|' +
  '-75:EOVERFLOW:value too large for defined data type|-1:EPERM:operation not permitted|' +
  '-32:EPIPE:broken pipe|-71:EPROTO:protocol error|-93:EPROTONOSUPPORT:protocol not supported|' +
  '-91:EPROTOTYPE:protocol wrong type for socket|-34:ERANGE:result too large|' +
  '-30:EROFS:read-only file system|-108:ESHUTDOWN:cannot send after transport endpoint shutdown|' +
  '-29:ESPIPE:invalid seek|-3:ESRCH:no such process|-110:ETIMEDOUT:connection timed out|' +
  '-26:ETXTBSY:text file is busy|-18:EXDEV:cross-device link not permitted|-4094:UNKNOWN:unknown error|' +
  '-4095:EOF:end of file|-6:ENXIO:no such device or address|-31:EMLINK:too many links|' +
  '-112:EHOSTDOWN:host is down|-121:EREMOTEIO:remote I/O error|-25:ENOTTY:inappropriate ioctl for device|' +
  '-4028:EFTYPE:inappropriate file type or format|-84:EILSEQ:illegal byte sequence|' +
  '-94:ESOCKTNOSUPPORT:socket type not supported|-61:ENODATA:no data available|' +
  '-49:EUNATCH:protocol driver not attached';

let systemErrorMap;
function getSystemErrorMap() {
  if (systemErrorMap === undefined) {
    systemErrorMap = new Map();
    for (const entry of SYSTEM_ERRORS.split('|')) {
      const first = entry.indexOf(':');
      const second = entry.indexOf(':', first + 1);
      systemErrorMap.set(Number(entry.slice(0, first)),
        [entry.slice(first + 1, second), entry.slice(second + 1)]);
    }
  }
  return systemErrorMap;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('err', 'of type number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "err" is out of range. It must be a negative integer. Received ${err}`);
  }
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = name;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const ex = new Error(`${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function streamSupportsColor(stream) {
  if (typeof process !== 'object' || process === null) return false;
  const env = process.env || {};
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (env.TERM === 'dumb') return false;
  return !!(stream && stream.isTTY);
}

function styleText(formatArg, text, options) {
  if (typeof text !== 'string') throw invalidArgType('text', 'of type string', text);
  const validateStream = !options || options.validateStream !== false;
  const stream = (options && options.stream) ||
    (typeof process === 'object' && process !== null ? process.stdout : undefined);
  const list = Array.isArray(formatArg) ? formatArg : [formatArg];
  let open = '';
  let close = '';
  for (const key of list) {
    const codes = typeof key === 'string' ? colorCodes[key] : undefined;
    if (codes === undefined) {
      const allowed = Object.keys(colorCodes).map((k) => `'${k}'`).join(', ');
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The argument 'format' must be one of: ${allowed}. Received ${inspect(key)}`);
    }
    open += `\u001b[${codes[0]}m`;
    close = `\u001b[${codes[1]}m${close}`;
  }
  if (validateStream && !streamSupportsColor(stream)) return text;
  return `${open}${text}${close}`;
}

function isError(e) {
  return isErrorLike(e);
}

function isBuffer(v) {
  const B = typeof Buffer === 'function' ? Buffer : undefined;
  if (B !== undefined && typeof B.isBuffer === 'function') return B.isBuffer(v);
  return false;
}

// ---------------------------------------------------------------------------
// parseEnv: the dotenv format as Node v20's parser reads it
// ---------------------------------------------------------------------------

function trimSpaces(str) {
  let start = 0;
  let end = str.length;
  while (start < end && str[start] === ' ') start++;
  while (end > start && str[end - 1] === ' ') end--;
  return str.slice(start, end);
}

function compareCodePoints(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function parseEnv(content) {
  if (typeof content !== 'string') throw invalidArgType('content', 'of type string', content);
  const store = new Map();
  const text = trimSpaces(content.replace(/\r/g, ''));
  let pos = 0; // start of the unparsed rest of `text`
  while (pos < text.length) {
    if (text[pos] === '\n' || text[pos] === '#') {
      const newline = text.indexOf('\n', pos);
      if (newline !== -1) {
        pos = newline + 1;
        continue;
      }
    }
    const equal = text.indexOf('=', pos);
    if (equal === -1) break;
    const rawKey = text.slice(pos, equal);
    // Node's trimming of a key made only of spaces yields the character before it.
    let key = rawKey !== '' && trimSpaces(rawKey) === '' && pos > 0 ? text[pos - 1] : trimSpaces(rawKey);
    pos = equal + 1;
    if (key === '') break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (pos >= text.length) {
      store.set(key, '');
      break;
    }
    while (text[pos] === ' ') pos++;
    const first = text[pos];
    if (first === '"') {
      const closing = text.indexOf('"', pos + 1);
      if (closing !== -1) {
        store.set(key, text.slice(pos + 1, closing).split('\\n').join('\n'));
        const newline = text.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline + 1 : text.length;
        continue;
      }
    }
    if (first === '"' || first === "'" || first === '`') {
      const closing = text.indexOf(first, pos + 1);
      if (closing === -1) {
        // Unterminated: the rest of the line is the value; without a newline the quote
        // starts over as a key.
        const newline = text.indexOf('\n', pos);
        if (newline !== -1) {
          store.set(key, text.slice(pos, newline));
          pos = newline;
        }
      } else {
        store.set(key, text.slice(pos + 1, closing));
        const newline = text.indexOf('\n', closing + 1);
        pos = newline !== -1 ? newline : text.length;
      }
      continue;
    }
    const newline = text.indexOf('\n', pos);
    let value;
    if (newline !== -1) {
      value = text.slice(pos, newline);
      pos = newline;
    } else {
      value = text.slice(pos);
      pos = text.length;
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    store.set(key, trimSpaces(value));
  }
  const result = {};
  for (const key of Array.from(store.keys()).sort(compareCodePoints)) result[key] = store.get(key);
  return result;
}

// ---------------------------------------------------------------------------
// parseArgs
// ---------------------------------------------------------------------------

function parseArgsError(code, message) {
  return makeNodeError(TypeError, code, message);
}

function ownOption(options, name, prop) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return config !== null && config !== undefined && hasOwn(config, prop) ? config[prop] : undefined;
}

function shortToLong(short, options) {
  for (const name of Object.keys(options)) {
    if (ownOption(options, name, 'short') === short) return name;
  }
  return short;
}

function checkBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

function checkString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

function checkArrayOf(value, name, check) {
  if (!Array.isArray(value)) throw invalidArgType(name, 'an instance of Array', value);
  value.forEach((item, i) => check(item, `${name}[${i}]`));
}

function mainArgs() {
  if (typeof process !== 'object' || process === null || !Array.isArray(process.argv)) return [];
  const execArgv = process.execArgv || [];
  if (execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  const isString = (name) => ownOption(options, name, 'type') === 'string';
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      // -f, maybe followed by its value
      const name = shortToLong(arg[1], options);
      let value;
      let inlineValue;
      if (isString(name) && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }
    if (arg.length > 2 && arg[0] === '-' && arg[1] !== '-') {
      const name = shortToLong(arg[1], options);
      if (!isString(name)) {
        // -abc: a group of short options
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          if (!isString(shortToLong(short, options)) || i === arg.length - 1) {
            expanded.push(`-${short}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      // -fVALUE
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const equal = arg.indexOf('=', 3);
      if (equal === -1) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (isString(name) && next != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
      } else {
        const name = arg.slice(2, equal);
        tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equal + 1), inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function parseArgs(config = {}) {
  const own = (key) => (config !== null && config !== undefined && hasOwn(config, key) ? config[key] : undefined);
  const args = own('args') !== undefined && own('args') !== null ? own('args') : mainArgs();
  const strict = own('strict') !== undefined && own('strict') !== null ? own('strict') : true;
  const allowPositionals = own('allowPositionals') !== undefined && own('allowPositionals') !== null ?
    own('allowPositionals') : !strict;
  const returnTokens = own('tokens') !== undefined && own('tokens') !== null ? own('tokens') : false;
  const options = own('options') !== undefined && own('options') !== null ? own('options') : { __proto__: null };

  if (!Array.isArray(args)) throw invalidArgType('args', 'an instance of Array', args);
  checkBoolean(strict, 'strict');
  checkBoolean(allowPositionals, 'allowPositionals');
  checkBoolean(returnTokens, 'tokens');
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw invalidArgType('options', 'of type object', options);
  }
  for (const name of Object.keys(options)) {
    const optionConfig = options[name];
    if (optionConfig === null || typeof optionConfig !== 'object' || Array.isArray(optionConfig)) {
      throw invalidArgType(`options.${name}`, 'of type object', optionConfig);
    }
    const type = ownOption(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw invalidArgType(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      checkString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The property 'options.${name}.short' must be a single character. Received ${inspect(short)}`);
      }
    }
    const multiple = ownOption(options, name, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) checkBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = ownOption(options, name, 'default');
    if (defaultValue !== undefined) {
      const check = type === 'string' ? checkString : checkBoolean;
      if (multiple) checkArrayOf(defaultValue, `options.${name}.default`, check);
      else check(defaultValue, `options.${name}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        if (!hasOwn(options, token.name)) {
          const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it ' +
            `at the end of the command after '--', as in '-- ${JSON.stringify(token.rawName)}` : '';
          throw parseArgsError('ERR_PARSE_ARGS_UNKNOWN_OPTION', `Unknown option '${token.rawName}'${hint}`);
        }
        const short = ownOption(options, token.name, 'short');
        const both = `${short ? `-${short}, ` : ''}--${token.name}`;
        const type = ownOption(options, token.name, 'type');
        if (type === 'string' && typeof token.value !== 'string') {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${both} <value>' argument missing`);
        }
        if (type === 'boolean' && token.value != null) {
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', `Option '${both}' does not take an argument`);
        }
        if (!token.inlineValue && token.value != null && token.value.length > 1 && token.value[0] === '-') {
          const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
            `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
          throw parseArgsError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
            `Option '${token.rawName}' argument is ambiguous.\n` +
            `Did you forget to specify the option argument for '${token.rawName}'?\n` +
            `To specify an option argument starting with a dash use ${example}.`);
        }
      }
      if (token.name === '__proto__') continue;
      const value = token.value === undefined || token.value === null ? true : token.value;
      if (ownOption(options, token.name, 'multiple')) {
        if (result.values[token.name]) result.values[token.name].push(value);
        else result.values[token.name] = [value];
      } else {
        result.values[token.name] = value;
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw parseArgsError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
          `Unexpected argument '${token.value}'. This command does not take positional arguments`);
      }
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const defaultValue = ownOption(options, name, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

// ---------------------------------------------------------------------------
// AbortSignal helpers
// ---------------------------------------------------------------------------

function isAbortSignal(v) {
  return v !== null && typeof v === 'object' && typeof v.aborted === 'boolean' &&
    typeof v.addEventListener === 'function';
}

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw invalidArgType('resource', 'of type object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  const done = new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  return done;
}

function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new globalThis.AbortController();
}

// ---------------------------------------------------------------------------
// Exports (same key order as Node v20's util)
// ---------------------------------------------------------------------------

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer,
  isDeepStrictEqual,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === undefined || v === null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs,
};

// Under real node the globals are node's own classes. In the engine the bootstrap's lazy
// globals read them from here, so this module provides them.
if (hostBridge === undefined && typeof globalThis.TextEncoder === 'function' &&
    typeof globalThis.TextDecoder === 'function') {
  module.exports.TextDecoder = globalThis.TextDecoder;
  module.exports.TextEncoder = globalThis.TextEncoder;
} else {
  const { TextEncoder: Enc, TextDecoder: Dec } = makeTextCoding();
  module.exports.TextDecoder = Dec;
  module.exports.TextEncoder = Enc;
}

// WHATWG TextEncoder / TextDecoder (utf-8, utf-16le, utf-16be and latin1 / windows-1252,
// which Node decodes as plain latin1).
function makeTextCoding() {
  const REPLACEMENT = 0xfffd;

  function utf8Encode(str) {
    const out = [];
    for (let i = 0; i < str.length; i++) {
      let cp = str.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
        if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else {
          cp = REPLACEMENT;
        }
      }
      pushUtf8(out, cp);
    }
    return out;
  }

  function pushUtf8(out, cp) {
    if (cp < 0x80) {
      out.push(cp);
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    } else {
      out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    }
  }

  class CodePoints {
    constructor() {
      this.text = '';
      this.units = [];
    }
    push(cp) {
      if (cp >= 0x10000) {
        cp -= 0x10000;
        this.units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        this.units.push(cp);
      }
      if (this.units.length >= 8192) this.flush();
    }
    flush() {
      if (this.units.length !== 0) {
        this.text += String.fromCharCode.apply(null, this.units);
        this.units = [];
      }
      return this.text;
    }
  }

  const kState = Symbol('state');

  class TextEncoder {
    get encoding() {
      return 'utf-8';
    }
    encode(input = '') {
      return new Uint8Array(utf8Encode(`${input}`));
    }
    encodeInto(src, dest) {
      if (typeof src !== 'string') throw invalidArgType('src', 'of type string', src);
      if (!(dest instanceof Uint8Array)) throw invalidArgType('dest', 'an instance of Uint8Array', dest);
      const str = src;
      let read = 0;
      let written = 0;
      const bytes = [];
      for (let i = 0; i < str.length; i++) {
        let cp = str.charCodeAt(i);
        let units = 1;
        if (cp >= 0xd800 && cp <= 0xdfff) {
          const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
          if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
            units = 2;
          } else {
            cp = REPLACEMENT;
          }
        }
        bytes.length = 0;
        pushUtf8(bytes, cp);
        if (written + bytes.length > dest.length) break;
        for (let b = 0; b < bytes.length; b++) dest[written++] = bytes[b];
        read += units;
        i += units - 1;
      }
      return { read, written };
    }
    [customInspectSymbol](depth, opts) {
      if (typeof depth === 'number' && depth < 0) return this;
      const shown = Object.create({ constructor: TextEncoder });
      shown.encoding = this.encoding;
      return inspect(shown, opts);
    }
  }
  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

  const LABELS = {
    'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
    'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
    'utf-16be': ['unicodefffe', 'utf-16be'],
    'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
      'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii',
      'windows-1252', 'x-cp1252'],
  };
  const encodingOf = new Map();
  for (const name of Object.keys(LABELS)) for (const label of LABELS[name]) encodingOf.set(label, name);

  function bytesOf(input) {
    if (input === undefined) return new Uint8Array(0);
    if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }

  class TextDecoder {
    constructor(encoding = 'utf-8', options = {}) {
      const label = `${encoding}`.trim().toLowerCase();
      const name = encodingOf.get(label);
      if (name === undefined) {
        throw makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
      }
      if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
        if (options !== undefined) throw invalidArgType('options', 'of type object', options);
        options = {};
      }
      this[kState] = {
        encoding: name,
        fatal: !!options.fatal,
        ignoreBOM: !!options.ignoreBOM,
        bomSeen: false,
        pending: [],
        needed: 0,
        seen: 0,
        cp: 0,
        lower: 0x80,
        upper: 0xbf,
        lead: null,
        latin1: true,
      };
    }
    get encoding() {
      return this[kState].encoding;
    }
    get fatal() {
      return this[kState].fatal;
    }
    get ignoreBOM() {
      return this[kState].ignoreBOM;
    }
    decode(input = undefined, options = {}) {
      const state = this[kState];
      const bytes = bytesOf(input);
      const stream = !!(options && options.stream);
      const out = new CodePoints();
      if (state.encoding === 'utf-8') decodeUtf8(state, bytes, stream, out);
      else if (state.encoding === 'windows-1252') decodeSingleByte(state, bytes, stream, out);
      else decodeUtf16(state, bytes, stream, out, state.encoding === 'utf-16be');
      let text = out.flush();
      if (!state.ignoreBOM && !state.bomSeen && text.length !== 0) {
        state.bomSeen = true;
        if (text.charCodeAt(0) === 0xfeff && state.encoding !== 'windows-1252') text = text.slice(1);
      }
      if (!stream) state.bomSeen = false;
      return text;
    }
    [customInspectSymbol](depth, opts) {
      if (typeof depth === 'number' && depth < 0) return this;
      const ctor = Object.getPrototypeOf(this) && Object.getPrototypeOf(this).constructor;
      const shown = Object.create({ constructor: ctor || TextDecoder });
      shown.encoding = this.encoding;
      shown.fatal = this.fatal;
      shown.ignoreBOM = this.ignoreBOM;
      return `${(ctor || TextDecoder).name} ${inspect(shown)}`;
    }
  }
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

  // Node decodes "latin1" labels as ISO-8859-1 until the decoder is first used with
  // { stream: true }; from then on it goes through ICU's windows-1252 table.
  const CP1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160,
    0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
    0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178];

  function decodeSingleByte(state, bytes, stream, out) {
    if (stream) state.latin1 = false;
    // Node's ISO-8859-1 fast path drops a leading 0xFF byte when ignoreBOM is set.
    const from = state.latin1 && state.ignoreBOM && bytes[0] === 0xff ? 1 : 0;
    for (let i = from; i < bytes.length; i++) {
      const b = bytes[i];
      out.push(!state.latin1 && b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b);
    }
  }

  function invalidData(state) {
    return makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
      `The encoded data was not valid for encoding ${state.encoding}`);
  }

  function decodeUtf8(state, bytes, stream, out) {
    const error = () => {
      if (state.fatal) {
        state.needed = 0;
        state.seen = 0;
        state.cp = 0;
        throw invalidData(state);
      }
      out.push(REPLACEMENT);
    };
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (state.needed === 0) {
        if (byte <= 0x7f) {
          out.push(byte);
        } else if (byte >= 0xc2 && byte <= 0xdf) {
          state.needed = 1;
          state.cp = byte & 0x1f;
        } else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) state.lower = 0xa0;
          if (byte === 0xed) state.upper = 0x9f;
          state.needed = 2;
          state.cp = byte & 0xf;
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) state.lower = 0x90;
          if (byte === 0xf4) state.upper = 0x8f;
          state.needed = 3;
          state.cp = byte & 0x7;
        } else {
          error();
        }
        continue;
      }
      if (byte < state.lower || byte > state.upper) {
        state.cp = 0;
        state.needed = 0;
        state.seen = 0;
        state.lower = 0x80;
        state.upper = 0xbf;
        i--; // the byte starts over
        error();
        continue;
      }
      state.lower = 0x80;
      state.upper = 0xbf;
      state.cp = (state.cp << 6) | (byte & 0x3f);
      state.seen++;
      if (state.seen === state.needed) {
        out.push(state.cp);
        state.cp = 0;
        state.needed = 0;
        state.seen = 0;
      }
    }
    if (!stream && state.needed !== 0) {
      state.cp = 0;
      state.needed = 0;
      state.seen = 0;
      state.lower = 0x80;
      state.upper = 0xbf;
      error();
    }
  }

  function decodeUtf16(state, bytes, stream, out, bigEndian) {
    const error = () => {
      if (state.fatal) {
        state.pending = [];
        state.lead = null;
        throw invalidData(state);
      }
      out.push(REPLACEMENT);
    };
    const all = state.pending.concat(Array.from(bytes));
    let i = 0;
    for (; i + 1 < all.length; i += 2) {
      const unit = bigEndian ? (all[i] << 8) | all[i + 1] : all[i] | (all[i + 1] << 8);
      if (state.lead !== null) {
        const lead = state.lead;
        state.lead = null;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          out.push(0x10000 + ((lead - 0xd800) << 10) + (unit - 0xdc00));
          continue;
        }
        error();
      }
      if (unit >= 0xd800 && unit <= 0xdbff) {
        state.lead = unit;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) {
        error();
      } else {
        out.push(unit);
      }
    }
    state.pending = all.slice(i);
    if (!stream && (state.pending.length !== 0 || state.lead !== null)) {
      state.pending = [];
      state.lead = null;
      error();
    }
  }

  return { TextEncoder, TextDecoder };
}

// console.table's rendering (Node's lib/internal/console/constructor.js `table` and
// lib/internal/cli_table.js): returns the table's text, or undefined when the data is not
// tabular (console.log prints it instead).
function renderTableRow(row, columnWidths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += ' │ ';
  }
  return out + ' │';
}

function cliTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = hasOwn(column, j) ? column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((w) => '─'.repeat(w + 2));
  let result = `┌${divider.join('┬')}┐\n${renderTableRow(head, columnWidths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) result += `${renderTableRow(row, columnWidths)}\n`;
  return result + `└${divider.join('┴')}┘`;
}

function consoleTable(tabularData, properties) {
  if (properties !== undefined && !Array.isArray(properties)) {
    throw invalidArgType('properties', 'Array', properties);
  }
  if (tabularData === null || typeof tabularData !== 'object') return undefined;
  const tableInspect = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
  };
  const getIndexArray = (length) => Array.from({ length }, (_, i) => tableInspect(i));

  if (types.isMap(tabularData)) {
    const keys = [];
    const values = [];
    let length = 0;
    for (const { 0: k, 1: v } of Map.prototype.entries.call(tabularData)) {
      keys.push(tableInspect(k));
      values.push(tableInspect(v));
      length++;
    }
    return cliTable(['(iteration index)', 'Key', 'Values'], [getIndexArray(length), keys, values]);
  }
  if (types.isSet(tabularData)) {
    const values = [];
    let length = 0;
    for (const v of Set.prototype.values.call(tabularData)) {
      values.push(tableInspect(v));
      length++;
    }
    return cliTable(['(iteration index)', 'Values'], [getIndexArray(length), values]);
  }

  const map = Object.create(null);
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = Object.keys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = tableInspect(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !hasOwn(item, key)) map[key][i] = '';
        else map[key][i] = tableInspect(item[key]);
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push('Values');
    values.push(valuesKeyArray);
  }
  keys.unshift('(index)');
  values.unshift(indexKeyArray);
  return cliTable(keys, values);
}

// Not part of Node's public surface: lets console and other core modules share these.
Object.defineProperty(module.exports, '_nodescope', {
  value: { consoleTable, getStringWidth, kCustomPromisifyArgs, formatArgs, makeNodeError, invalidArgType, makeTextCoding },
  enumerable: false,
});
