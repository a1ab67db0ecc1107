// Node's `url` module: the WHATWG `URL` and `URLSearchParams` (the URL Standard's basic URL
// parser with state overrides for the setters; IPv4/IPv6 hosts; punycode for non-ASCII labels
// but no full IDNA mapping) and the legacy `url.parse`/`format`/`resolve`.
'use strict';
const customInspect = Symbol.for('nodejs.util.inspect.custom');
let utilMod;
function inspect(v, o) { if (!utilMod) utilMod = require('util'); return utilMod.inspect(v, o); }

function nodeError(Base, code, message, props) {
  const e = new Base(message);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  if (props) Object.assign(e, props);
  if (typeof e.stack === 'string') {
    const nl = e.stack.indexOf('\n');
    e.stack = `${e.name} [${code}]: ${message}${nl === -1 ? '' : e.stack.slice(nl)}`;
  }
  Object.defineProperty(e, 'toString', { value() { return `${this.name} [${code}]: ${this.message}`; }, enumerable: false, writable: true, configurable: true });
  return e;
}
function invalidUrl(input) {
  // Node v20.20 builds this one without the code in the headline.
  const e = new TypeError('Invalid URL');
  Object.defineProperty(e, 'code', { value: 'ERR_INVALID_URL', enumerable: true, writable: true, configurable: true });
  e.input = input;
  return e;
}
function missingArgs(...names) {
  let msg = 'The ';
  const q = names.map((n) => `"${n}"`);
  if (q.length === 1) msg += `${q[0]} argument`;
  else if (q.length === 2) msg += `${q[0]} and ${q[1]} arguments`;
  else msg += `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]} arguments`;
  return nodeError(TypeError, 'ERR_MISSING_ARGS', `${msg} must be specified`);
}
function invalidThis(type) { return nodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`); }
function describe(v) {
  if (v == null) return ` Received ${v}`;
  if (typeof v === 'function') return ` Received function ${v.name}`;
  if (typeof v === 'object') return v.constructor && v.constructor.name ? ` Received an instance of ${v.constructor.name}` : ` Received ${inspect(v, { depth: -1 })}`;
  let s = v;
  if (typeof s === 'string' && s.length > 25) s = `${s.slice(0, 25)}...`;
  return ` Received type ${typeof v} (${inspect(s)})`;
}
function invalidArgType(name, expected, v) {
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}.${describe(v)}`);
}

// ---- strings, percent-encoding ----------------------------------------------------------------
function toUSV(s) {
  s = `${s}`;
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}
const hex2 = (b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
// One bit per percent-encode set for the ASCII range (every set contains all non-ASCII).
const SET_C0 = 1, SET_FRAGMENT = 2, SET_QUERY = 4, SET_SPECIAL_QUERY = 8, SET_PATH = 16, SET_USERINFO = 32;
const encodeTable = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let bits = 0;
  if (c < 0x20 || c > 0x7E) bits |= SET_C0;
  if (bits || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E || c === 0x60) bits |= SET_FRAGMENT;
  if ((bits & SET_C0) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C || c === 0x3E) bits |= SET_QUERY;
  if ((bits & SET_QUERY) || c === 0x27) bits |= SET_SPECIAL_QUERY;
  if ((bits & SET_QUERY) || c === 0x3F || c === 0x60 || c === 0x7B || c === 0x7D) bits |= SET_PATH;
  if ((bits & SET_PATH) || c === 0x2F || c === 0x3A || c === 0x3B || c === 0x3D || c === 0x40 || (c >= 0x5B && c <= 0x5E) || c === 0x7C) bits |= SET_USERINFO;
  encodeTable[c] = bits;
}
// Runs of characters a parser state just copies: path, query, fragment, authority, host.
const PL_PATH = 1, PL_QUERY = 2, PL_FRAGMENT = 4, PL_AUTH = 8, PL_HOST = 16;
const plainTable = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let bits = 0;
  if (!(encodeTable[c] & SET_PATH) && c !== 0x2F && c !== 0x5C) bits |= PL_PATH;
  if (c !== 0x23 && c > 0x20) bits |= PL_QUERY;
  if (!(encodeTable[c] & SET_FRAGMENT)) bits |= PL_FRAGMENT;
  if (c > 0x20 && c < 0x7F && c !== 0x40 && c !== 0x2F && c !== 0x3F && c !== 0x23 && c !== 0x5C) bits |= PL_AUTH;
  if (c > 0x20 && c < 0x7F && c !== 0x3A && c !== 0x2F && c !== 0x3F && c !== 0x23 && c !== 0x5C && c !== 0x5B && c !== 0x5D) bits |= PL_HOST;
  plainTable[c] = bits;
}
const inC0 = (c) => c >= 0x80 || (encodeTable[c] & SET_C0) !== 0;
const inFragment = (c) => c >= 0x80 || (encodeTable[c] & SET_FRAGMENT) !== 0;
const inQuery = (c) => c >= 0x80 || (encodeTable[c] & SET_QUERY) !== 0;
const inSpecialQuery = (c) => c >= 0x80 || (encodeTable[c] & SET_SPECIAL_QUERY) !== 0;
const inPath = (c) => c >= 0x80 || (encodeTable[c] & SET_PATH) !== 0;
const inUserinfo = (c) => c >= 0x80 || (encodeTable[c] & SET_USERINFO) !== 0;
function encodeCp(cp, set) {
  if (!set(cp)) return String.fromCodePoint(cp);
  let out = '';
  for (const b of utf8Bytes(cp)) out += hex2(b);
  return out;
}
// Per set, a test for strings that need no encoding at all (the common case).
const plainRes = new Map([[inC0, SET_C0], [inFragment, SET_FRAGMENT], [inQuery, SET_QUERY], [inSpecialQuery, SET_SPECIAL_QUERY],
  [inPath, SET_PATH], [inUserinfo, SET_USERINFO]].map(([fn, bit]) => {
  let cls = '';
  for (let c = 0; c < 128; c++) if (!(encodeTable[c] & bit)) cls += `\\x${c.toString(16).padStart(2, '0')}`;
  return [fn, new RegExp(`^[${cls}]*$`)];
}));
function encodeStr(s, set) {
  const re = plainRes.get(set);
  if (re && re.test(s)) return s;
  let out = '';
  for (const ch of s) out += encodeCp(ch.codePointAt(0), set);
  return out;
}
const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
function percentDecodeBytes(s) {
  const bytes = [];
  const raw = utf8Encode(s);
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 0x25 && i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
      bytes.push(parseInt(String.fromCharCode(raw[i + 1], raw[i + 2]), 16));
      i += 2;
    } else bytes.push(b);
  }
  return bytes;
}
function utf8Encode(s) {
  const out = [];
  for (const ch of s) for (const b of utf8Bytes(ch.codePointAt(0))) out.push(b);
  return out;
}
function utf8Decode(bytes) {
  // The Encoding Standard's UTF-8 decoder: one U+FFFD per maximal invalid subpart.
  let out = '';
  let cp = 0, needed = 0, seen = 0, lower = 0x80, upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b < 0x80) out += String.fromCharCode(b);
      else if (b >= 0xC2 && b <= 0xDF) { needed = 1; cp = b & 0x1F; }
      else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2; cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3; cp = b & 0x7;
      } else out += '\uFFFD';
      continue;
    }
    if (b < lower || b > upper) {
      cp = needed = seen = 0; lower = 0x80; upper = 0xBF;
      out += '\uFFFD';
      i--;
      continue;
    }
    lower = 0x80; upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen === needed) {
      out += String.fromCodePoint(cp);
      cp = needed = seen = 0;
    }
  }
  if (needed !== 0) out += '\uFFFD';
  return out;
}

// ---- hosts ------------------------------------------------------------------------------------
const forbiddenHost = new Set([0, 9, 10, 13, 0x20, 0x23, 0x2F, 0x3A, 0x3C, 0x3E, 0x3F, 0x40, 0x5B, 0x5C, 0x5D, 0x5E, 0x7C]);
function isForbiddenDomain(c) { return forbiddenHost.has(c) || c <= 0x1F || c === 0x25 || c === 0x7F; }

function punycodeEncode(input) {
  const cps = Array.from(input, (c) => c.codePointAt(0));
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  let n = 128, delta = 0, bias = 72;
  let out = cps.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join('');
  const b = out.length;
  let h = b;
  if (b > 0) out += '-';
  const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
  const adapt = (d, num, first) => {
    let k = 0;
    d = first ? Math.floor(d / damp) : d >> 1;
    d += Math.floor(d / num);
    for (; d > ((base - tMin) * tMax) >> 1; k += base) d = Math.floor(d / (base - tMin));
    return Math.floor(k + (base - tMin + 1) * d / (d + skew));
  };
  while (h < cps.length) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          out += digit(t + (q - t) % (base - t));
          q = Math.floor((q - t) / (base - t));
        }
        out += digit(q);
        bias = adapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++; n++;
  }
  return out;
}
function punycodeDecode(input) {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const out = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) out.push(input.charCodeAt(j));
  let n = 128, bias = 72, i = 0;
  const adapt = (d, num, first) => {
    let k = 0;
    d = first ? Math.floor(d / damp) : d >> 1;
    d += Math.floor(d / num);
    for (; d > ((base - tMin) * tMax) >> 1; k += base) d = Math.floor(d / (base - tMin));
    return Math.floor(k + (base - tMin + 1) * d / (d + skew));
  };
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (idx >= input.length) return null;
      const c = input.charCodeAt(idx++);
      const d = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (d >= base) return null;
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldi, out.length + 1, oldi === 0);
    n += Math.floor(i / (out.length + 1));
    i %= out.length + 1;
    if (n > 0x10FFFF) return null;
    out.splice(i++, 0, n);
  }
  return String.fromCodePoint(...out);
}
const disallowedCp = /[\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF\u0000-\u001F\u007F-\u009F]/u;
function validDecodedLabel(label) {
  const rest = label.slice(4);
  if (rest === '' || !/^[\x00-\x7F]*$/.test(rest)) return false;
  const dec = punycodeDecode(rest);
  if (dec === null || dec === '' || /^[\x00-\x7F]*$/.test(dec)) return false;
  if (dec.normalize('NFC') !== dec || dec.normalize('NFKC').toLowerCase() !== dec || disallowedCp.test(dec)) return false;
  return punycodeEncode(dec) === rest.toLowerCase();
}
function domainToASCIIInternal(domain) {
  // UTS 46 mapping, approximated by NFKC plus lowercasing (full IDNA tables are not modelled).
  let d = domain.normalize('NFKC').toLowerCase().normalize('NFKC').replace(/[\u3002\uFF0E\uFF61]/g, '.');
  // Soft hyphens and zero-width joiners are ignored by UTS 46.
  d = d.replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '');
  if (disallowedCp.test(d.replace(/[\u0000-\u001F\u007F]/g, ''))) return null;
  const labels = d.split('.').map((label) => {
    if (/^[\x00-\x7F]*$/.test(label)) {
      if (label.startsWith('xn--') && !validDecodedLabel(label)) return null;
      return label;
    }
    if (label.startsWith('xn--')) return null;
    return `xn--${punycodeEncode(label)}`;
  });
  if (labels.includes(null)) return null;
  return labels.join('.');
}
function endsInNumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== null;
}
function parseIPv4Number(s) {
  if (s === '') return null;
  let radix = 10;
  if (s.length >= 2 && (s.startsWith('0x') || s.startsWith('0X'))) { s = s.slice(2); radix = 16; }
  else if (s.length >= 2 && s[0] === '0') { s = s.slice(1); radix = 8; }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return null;
  return parseInt(s, radix);
}
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const nums = [];
  for (const p of parts) {
    const n = parseIPv4Number(p);
    if (n === null) return null;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return null;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return null;
  let ipv4 = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) { out.unshift(ipv4 % 256); ipv4 = Math.floor(ipv4 / 256); }
  return out.join('.');
}
function parseIPv6(input) {
  const addr = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0, compress = null, p = 0;
  const cs = Array.from(input, (c) => c.codePointAt(0));
  const c = () => cs[p];
  if (c() === 0x3A) {
    if (cs[p + 1] !== 0x3A) return null;
    p += 2; piece++; compress = piece;
  }
  while (c() !== undefined) {
    if (piece === 8) return null;
    if (c() === 0x3A) {
      if (compress !== null) return null;
      p++; piece++; compress = piece; continue;
    }
    let value = 0, length = 0;
    while (length < 4 && c() !== undefined && isHex(c())) { value = value * 16 + parseInt(String.fromCharCode(c()), 16); p++; length++; }
    if (c() === 0x2E) {
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let seen = 0;
      while (c() !== undefined) {
        let v4 = null;
        if (seen > 0) {
          if (c() === 0x2E && seen < 4) p++; else return null;
        }
        if (c() === undefined || c() < 0x30 || c() > 0x39) return null;
        while (c() !== undefined && c() >= 0x30 && c() <= 0x39) {
          const n = c() - 0x30;
          if (v4 === null) v4 = n; else if (v4 === 0) return null; else v4 = v4 * 10 + n;
          if (v4 > 255) return null;
          p++;
        }
        addr[piece] = addr[piece] * 256 + v4;
        seen++;
        if (seen === 2 || seen === 4) piece++;
      }
      if (seen !== 4) return null;
      break;
    } else if (c() === 0x3A) {
      p++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) return null;
    addr[piece] = value;
    piece++;
  }
  if (compress !== null) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = addr[piece];
      addr[piece] = t;
      piece--; swaps--;
    }
  } else if (piece !== 8) return null;
  return addr;
}
function serializeIPv6(addr) {
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (addr[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && addr[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && addr[i] === 0) continue;
    ignore0 = false;
    if (best === i) { out += i === 0 ? '::' : ':'; ignore0 = true; continue; }
    out += addr[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}
function parseHost(input, notSpecial) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return null;
    const a = parseIPv6(input.slice(1, -1));
    return a === null ? null : serializeIPv6(a);
  }
  if (notSpecial) {
    for (const ch of input) if (forbiddenHost.has(ch.codePointAt(0))) return null;
    return encodeStr(input, inC0);
  }
  if (/^[A-Za-z0-9._-]+$/.test(input)) {
    // Plain ASCII names need no decoding or mapping beyond lowercasing.
    const lower = input.toLowerCase();
    if (!lower.includes('xn--')) return endsInNumber(lower) ? parseIPv4(lower) : lower;
  }
  const domain = utf8Decode(percentDecodeBytes(input));
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null || ascii === '') return null;
  for (let i = 0; i < ascii.length; i++) if (isForbiddenDomain(ascii.charCodeAt(i))) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser ---------------------------------------------------------------------
const specialPorts = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
const specialSchemes = new Set(['ftp', 'file', 'http', 'https', 'ws', 'wss']);
const isSpecialScheme = (s) => specialSchemes.has(s);
const isAlpha = (c) => (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
function isWinLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) && (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}
function startsWithWinLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== 0x3A && cps[p + 1] !== 0x7C)) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWinLetter(path[0], true)) return;
  path.pop();
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => { s = s.toLowerCase(); return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e'; };
function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], opaque: false, query: null, fragment: null };
}
const FAIL = null;

function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  let state = stateOverride || 'scheme start';
  let buffer = '';
  let atSign = false, insideBrackets = false, passwordToken = false;
  let cps;
  if (/[\uD800-\uDFFF]/.test(input)) cps = Array.from(input, (ch) => ch.codePointAt(0));
  else {
    cps = new Array(input.length);
    for (let i = 0; i < input.length; i++) cps[i] = input.charCodeAt(i);
  }
  const n = cps.length;
  const bmp = n === input.length; // then code point p is input[p], and runs can be sliced
  const special = () => isSpecialScheme(url.scheme);
  const runEnd = (p, bit) => { let q = p + 1; while (q < n && cps[q] < 128 && (plainTable[cps[q]] & bit)) q++; return q; };
  for (let p = 0; p <= n; p++) {
    const c = cps[p]; // undefined is EOF
    const ch = c === undefined ? '' : bmp ? input[p] : String.fromCodePoint(c);
    switch (state) {
      case 'path':
        if (bmp && c < 128 && (plainTable[c] & PL_PATH)) { const q = runEnd(p, PL_PATH); buffer += input.slice(p, q); p = q - 1; break; }
        if (c === undefined || c === 0x2F || (special() && c === 0x5C) || (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (special() && c === 0x5C);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) url.path.push('');
          else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWinLetter(buffer, false)) buffer = `${buffer[0]}:`;
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3F) { url.query = ''; state = 'query'; }
          if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
        } else buffer += encodeCp(c, inPath);
        break;
      case 'query':
        if (bmp && c < 128 && (plainTable[c] & PL_QUERY)) { const q = runEnd(p, PL_QUERY); buffer += input.slice(p, q); p = q - 1; break; }
        if ((!stateOverride && c === 0x23) || c === undefined) {
          url.query += encodeStr(buffer, special() ? inSpecialQuery : inQuery);
          buffer = '';
          if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
        } else buffer += ch;
        break;
      case 'fragment':
        if (bmp && c < 128 && (plainTable[c] & PL_FRAGMENT)) { const q = runEnd(p, PL_FRAGMENT); url.fragment += input.slice(p, q); p = q - 1; break; }
        if (c !== undefined) url.fragment += encodeCp(c, inFragment);
        break;
      case 'authority':
        if (bmp && c < 128 && (plainTable[c] & PL_AUTH)) { const q = runEnd(p, PL_AUTH); buffer += input.slice(p, q); p = q - 1; break; }
        if (c === 0x40) {
          if (atSign) buffer = `%40${buffer}`;
          atSign = true;
          for (const bc of buffer) {
            const bcp = bc.codePointAt(0);
            if (bcp === 0x3A && !passwordToken) { passwordToken = true; continue; }
            const enc = encodeCp(bcp, inUserinfo);
            if (passwordToken) url.password += enc; else url.username += enc;
          }
          buffer = '';
        } else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C)) {
          if (atSign && buffer === '') return FAIL;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = 'host';
        } else buffer += ch;
        break;
      case 'host': case 'hostname':
        if (stateOverride && url.scheme === 'file') { p--; state = 'file host'; }
        else if (bmp && c < 128 && (plainTable[c] & PL_HOST)) { const q = runEnd(p, PL_HOST); buffer += input.slice(p, q); p = q - 1; }
        else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return FAIL;
          if (stateOverride === 'hostname') return FAIL;
          const host = parseHost(buffer, !special());
          if (host === null) return FAIL;
          url.host = host; buffer = ''; state = 'port';
        } else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C)) {
          p--;
          if (special() && buffer === '') return FAIL;
          if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) return url;
          const host = parseHost(buffer, !special());
          if (host === null) return FAIL;
          url.host = host; buffer = ''; state = 'path start';
          if (stateOverride) return url;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += ch;
        }
        break;
      case 'scheme':
        if (c !== undefined && (isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E)) buffer += ch.toLowerCase();
        else if (c === 0x3A) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === specialPorts[`${url.scheme}:`]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') state = 'file';
          else if (special() && base && base.scheme === url.scheme) state = 'special relative or authority';
          else if (special()) state = 'special authority slashes';
          else if (cps[p + 1] === 0x2F) { state = 'path or authority'; p++; }
          else { url.path = ''; url.opaque = true; state = 'opaque path'; }
        } else if (!stateOverride) { buffer = ''; state = 'no scheme'; p = -1; }
        else return FAIL;
        break;
      case 'opaque path':
        if (c === 0x3F) { url.query = ''; state = 'query'; }
        else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
        else if (c !== undefined) url.path += encodeCp(c, inC0);
        break;
      case 'port':
        if (c !== undefined && isDigit(c)) buffer += ch;
        else if (c === undefined || c === 0x2F || c === 0x3F || c === 0x23 || (special() && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAIL;
            url.port = specialPorts[`${url.scheme}:`] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = 'path start'; p--;
        } else return FAIL;
        break;
      case 'scheme start':
        if (c !== undefined && isAlpha(c)) { buffer += ch.toLowerCase(); state = 'scheme'; }
        else if (!stateOverride) { state = 'no scheme'; p--; }
        else return FAIL;
        break;
      case 'no scheme':
        if (!base || (base.opaque && c !== 0x23)) return FAIL;
        if (base.opaque && c === 0x23) {
          url.scheme = base.scheme; url.path = base.path; url.opaque = true; url.query = base.query; url.fragment = ''; state = 'fragment';
        } else if (base.scheme !== 'file') { state = 'relative'; p--; }
        else { state = 'file'; p--; }
        break;
      case 'special relative or authority':
        if (c === 0x2F && cps[p + 1] === 0x2F) { state = 'special authority ignore slashes'; p++; }
        else { state = 'relative'; p--; }
        break;
      case 'path or authority':
        if (c === 0x2F) state = 'authority';
        else { state = 'path'; p--; }
        break;
      case 'relative':
        url.scheme = base.scheme;
        if (c === 0x2F) state = 'relative slash';
        else if (special() && c === 0x5C) state = 'relative slash';
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
          url.path = base.path.slice(); url.query = base.query;
          if (c === 0x3F) { url.query = ''; state = 'query'; }
          else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
          else if (c !== undefined) { url.query = null; shortenPath(url); state = 'path'; p--; }
        }
        break;
      case 'relative slash':
        if (special() && (c === 0x2F || c === 0x5C)) state = 'special authority ignore slashes';
        else if (c === 0x2F) state = 'authority';
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
          state = 'path'; p--;
        }
        break;
      case 'special authority slashes':
        if (c === 0x2F && cps[p + 1] === 0x2F) { state = 'special authority ignore slashes'; p++; }
        else { state = 'special authority ignore slashes'; p--; }
        break;
      case 'special authority ignore slashes':
        if (c !== 0x2F && c !== 0x5C) { state = 'authority'; p--; }
        break;
      case 'file':
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2F || c === 0x5C) state = 'file slash';
        else if (base && base.scheme === 'file') {
          url.host = base.host; url.path = base.path.slice(); url.query = base.query;
          if (c === 0x3F) { url.query = ''; state = 'query'; }
          else if (c === 0x23) { url.fragment = ''; state = 'fragment'; }
          else if (c !== undefined) {
            url.query = null;
            if (!startsWithWinLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = 'path'; p--;
          }
        } else { state = 'path'; p--; }
        break;
      case 'file slash':
        if (c === 0x2F || c === 0x5C) state = 'file host';
        else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWinLetter(cps, p) && base.path.length && isWinLetter(base.path[0], true)) url.path.push(base.path[0]);
          }
          state = 'path'; p--;
        }
        break;
      case 'file host':
        if (c === undefined || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          p--;
          if (!stateOverride && isWinLetter(buffer, false)) state = 'path';
          else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = 'path start';
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return FAIL;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = ''; state = 'path start';
          }
        } else buffer += ch;
        break;
      case 'path start':
        if (special()) {
          state = 'path';
          if (c !== 0x2F && c !== 0x5C) p--;
        } else if (!stateOverride && c === 0x3F) { url.query = ''; state = 'query'; }
        else if (!stateOverride && c === 0x23) { url.fragment = ''; state = 'fragment'; }
        else if (c !== undefined) { state = 'path'; if (c !== 0x2F) p--; }
        else if (stateOverride && url.host === null) url.path.push('');
        break;
      default: throw new Error(`url: state ${state}`);
    }
  }
  return url;
}
function serializePath(url) {
  if (url.opaque) return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}
function serialize(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

// ---- URLSearchParams --------------------------------------------------------------------------
function formEncode(s) {
  let out = '';
  for (const b of utf8Encode(s)) {
    if (b === 0x20) out += '+';
    else if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b === 0x2A || b === 0x2D || b === 0x2E || b === 0x5F) out += String.fromCharCode(b);
    else out += hex2(b);
  }
  return out;
}
function formParse(s) {
  const list = [];
  for (const seq of s.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    let name = eq === -1 ? seq : seq.slice(0, eq);
    let value = eq === -1 ? '' : seq.slice(eq + 1);
    name = utf8Decode(percentDecodeBytes(name.replace(/\+/g, ' ')));
    value = utf8Decode(percentDecodeBytes(value.replace(/\+/g, ' ')));
    list.push([name, value]);
  }
  return list;
}
const paramsList = new WeakMap(); // URLSearchParams -> { list, url }
function P(self) {
  const st = paramsList.get(self);
  if (!st) throw invalidThis('URLSearchParams');
  return st;
}
function updateFromParams(st) {
  if (!st.url) return;
  const rec = st.url;
  const text = serializeParams(st.list);
  rec.query = text === '' ? null : text;
}
function serializeParams(list) { return list.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&'); }

class URLSearchParams {
  constructor(init = undefined) {
    const st = { list: [], url: null };
    paramsList.set(this, st);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && paramsList.has(init)) {
        st.list = P(init).list.map((p) => p.slice());
      } else if (method != null) {
        if (typeof method !== 'function') throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null || typeof pair[Symbol.iterator] !== 'function') {
            throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const arr = Array.from(pair, (x) => toUSV(x));
          if (arr.length !== 2) throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          st.list.push(arr);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d === undefined || !d.enumerable) continue;
          // Node converts the key as it finds it, so an enumerable symbol key throws.
          if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
          st.list.push([toUSV(key), toUSV(init[key])]);
        }
      }
    } else {
      let s = toUSV(init);
      if (s[0] === '?') s = s.slice(1);
      st.list = formParse(s);
    }
  }
  get size() { return P(this).list.length; }
  append(name, value) {
    const st = P(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    st.list.push([toUSV(name), toUSV(value)]);
    updateFromParams(st);
  }
  delete(name, value = undefined) {
    const st = P(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    if (value !== undefined) { value = toUSV(value); st.list = st.list.filter(([k, v]) => !(k === name && v === value)); }
    else st.list = st.list.filter(([k]) => k !== name);
    updateFromParams(st);
  }
  get(name) {
    const st = P(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    const e = st.list.find(([k]) => k === name);
    return e ? e[1] : null;
  }
  getAll(name) {
    const st = P(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    return st.list.filter(([k]) => k === name).map(([, v]) => v);
  }
  has(name, value = undefined) {
    const st = P(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(name);
    if (value !== undefined) { value = toUSV(value); return st.list.some(([k, v]) => k === name && v === value); }
    return st.list.some(([k]) => k === name);
  }
  set(name, value) {
    const st = P(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(name); value = toUSV(value);
    const i = st.list.findIndex(([k]) => k === name);
    if (i === -1) st.list.push([name, value]);
    else {
      st.list[i][1] = value;
      st.list = st.list.filter(([k], j) => j <= i || k !== name);
    }
    updateFromParams(st);
  }
  sort() {
    const st = P(this);
    // Stable sort by UTF-16 code units.
    st.list = st.list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([e]) => e);
    updateFromParams(st);
  }
  entries() { P(this); return makeIterator(this, 'key+value'); }
  forEach(callback, thisArg = undefined) {
    const st = P(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    for (let i = 0; i < st.list.length; i++) {
      const [k, v] = st.list[i];
      callback.call(thisArg, v, k, this);
    }
  }
  keys() { P(this); return makeIterator(this, 'key'); }
  values() { P(this); return makeIterator(this, 'value'); }
  toString() { return serializeParams(P(this).list); }
  [customInspect](recurseTimes, ctx) {
    const st = P(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = st.list.map(([k, v]) => `${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
    const length = output.reduce((prev, cur) => prev + cur.replace(/\u001b\[\d\d?m/g, '').length + 2, -2);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(', ')} }`;
    return `${name} {}`;
  }
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const m of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  const d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, m);
  d.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, m, d);
}

const iterState = new WeakMap();
const IteratorProto = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(IteratorProto, {
  next: {
    value: function next() {
      const it = iterState.get(this);
      if (!it) throw invalidThis('URLSearchParamsIterator');
      const list = P(it.target).list;
      if (it.index >= list.length) return { value: undefined, done: true };
      const [k, v] = list[it.index++];
      return { value: it.kind === 'key' ? k : it.kind === 'value' ? v : [k, v], done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [customInspect]: {
    value: function (recurseTimes, ctx) {
      const it = iterState.get(this);
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = P(it.target).list.slice(it.index);
      const output = list.map(([k, v]) => (it.kind === 'key' ? k : it.kind === 'value' ? v : [k, v]));
      let out = inspect(output, innerOpts);
      out = out.replace(/^\[\s*|\s*\]$/g, '');
      if (output.length === 0) return 'URLSearchParams Iterator {  }';
      return `URLSearchParams Iterator { ${out} }`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});
function makeIterator(target, kind) {
  const it = Object.create(IteratorProto);
  iterState.set(it, { target, kind, index: 0 });
  return it;
}

// ---- URL --------------------------------------------------------------------------------------
const records = new WeakMap(); // URL -> { rec, params }
function R(self) {
  const st = records.get(self);
  if (!st) throw new TypeError('Receiver must be an instance of class URL');
  return st;
}
function parseURL(input, base) {
  let baseRec = null;
  if (base !== undefined) {
    baseRec = basicParse(toUSV(base), null);
    if (baseRec === null) return { error: true };
  }
  const rec = basicParse(toUSV(input), baseRec);
  return rec === null ? { error: true } : { rec };
}
function syncParams(st) {
  if (st.params) P(st.params).list = st.rec.query ? formParse(st.rec.query) : [];
}
function origin(rec) {
  switch (rec.scheme) {
    case 'blob': {
      if (rec.opaque) {
        const inner = basicParse(rec.path, null);
        if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${rec.scheme}://${rec.host}${rec.port === null ? '' : `:${rec.port}`}`;
    default: return 'null';
  }
}
const cannotHaveCreds = (rec) => rec.host === null || rec.host === '' || rec.scheme === 'file';

const blobURLs = new Map();
class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const r = parseURL(input, base);
    if (r.error) {
      const e = invalidUrl(input);
      if (base !== undefined) e.base = base;
      throw e;
    }
    records.set(this, { rec: r.rec, params: null });
  }
  static parse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    const r = parseURL(toUSV(url), base === undefined ? undefined : toUSV(base));
    if (r.error) return null;
    const u = Object.create(URL.prototype);
    records.set(u, { rec: r.rec, params: null });
    return u;
  }
  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    return !parseURL(toUSV(url), base === undefined ? undefined : toUSV(base)).error;
  }
  toString() { return serialize(R(this).rec); }
  get href() { return serialize(R(this).rec); }
  set href(v) {
    const st = R(this);
    const r = parseURL(toUSV(v));
    if (r.error) throw invalidUrl(toUSV(v));
    st.rec = r.rec;
    syncParams(st);
  }
  get origin() { return origin(R(this).rec); }
  get protocol() { return `${R(this).rec.scheme}:`; }
  set protocol(v) { const st = R(this); basicParse(`${toUSV(v)}:`, null, st.rec, 'scheme start'); }
  get username() { return R(this).rec.username; }
  set username(v) {
    const rec = R(this).rec;
    if (cannotHaveCreds(rec)) return;
    rec.username = encodeStr(toUSV(v), inUserinfo);
  }
  get password() { return R(this).rec.password; }
  set password(v) {
    const rec = R(this).rec;
    if (cannotHaveCreds(rec)) return;
    rec.password = encodeStr(toUSV(v), inUserinfo);
  }
  get host() {
    const rec = R(this).rec;
    if (rec.host === null) return '';
    return rec.port === null ? rec.host : `${rec.host}:${rec.port}`;
  }
  set host(v) {
    const st = R(this);
    if (st.rec.opaque) return;
    basicParse(toUSV(v), null, st.rec, 'host');
  }
  get hostname() { const h = R(this).rec.host; return h === null ? '' : h; }
  set hostname(v) {
    const st = R(this);
    if (st.rec.opaque) return;
    basicParse(toUSV(v), null, st.rec, 'hostname');
  }
  get port() { const p = R(this).rec.port; return p === null ? '' : `${p}`; }
  set port(v) {
    // As Node's URL parser (ada) does it: a value with a digit somewhere but none in front clears the port.
    const st = R(this);
    if (cannotHaveCreds(st.rec)) return;
    v = toUSV(v).replace(/[\t\n\r]/g, '');
    if (v === '') { st.rec.port = null; return; }
    if (v.charCodeAt(0) <= 0x20 || !/[0-9]/.test(v) || v[0] === '-') return;
    const digits = /^[0-9]*/.exec(v)[0];
    if (digits === '') { st.rec.port = null; return; }
    const port = parseInt(digits, 10);
    if (port > 65535) return;
    st.rec.port = specialPorts[`${st.rec.scheme}:`] === port ? null : port;
  }
  get pathname() { return serializePath(R(this).rec); }
  set pathname(v) {
    const st = R(this);
    if (st.rec.opaque) return;
    const copy = { ...st.rec, path: [] };
    if (basicParse(toUSV(v), null, copy, 'path start') !== null) st.rec.path = copy.path;
  }
  get search() { const q = R(this).rec.query; return q === null || q === '' ? '' : `?${q}`; }
  set search(v) {
    const st = R(this);
    v = toUSV(v);
    if (v === '') { st.rec.query = null; syncParams(st); return; }
    if (v[0] === '?') v = v.slice(1);
    st.rec.query = '';
    basicParse(v, null, st.rec, 'query');
    syncParams(st);
  }
  get searchParams() {
    const st = R(this);
    if (!st.params) {
      st.params = new URLSearchParams(st.rec.query || '');
      const self = st; // the href setter replaces st.rec
      Object.defineProperty(P(st.params), 'url', { get() { return self.rec; }, set() {} });
    }
    return st.params;
  }
  get hash() { const f = R(this).rec.fragment; return f === null || f === '' ? '' : `#${f}`; }
  set hash(v) {
    const rec = R(this).rec;
    v = toUSV(v);
    if (v === '') { rec.fragment = null; return; }
    if (v[0] === '#') v = v.slice(1);
    rec.fragment = '';
    basicParse(v, null, rec, 'fragment');
  }
  toJSON() { return serialize(R(this).rec); }
  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || URL;
    const obj = Object.create({ constructor });
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const text = inspect(obj, opts);
    return text.startsWith(`${constructor.name} `) ? text : `${constructor.name} ${text}`;
  }
  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (!(obj instanceof Blob)) throw invalidArgType('obj', 'an instance of Blob', obj);
    // The id comes from crypto.randomUUID, which is seeded here like Math.random.
    const id = require('crypto').randomUUID();
    blobURLs.set(`blob:nodedata:${id}`, obj);
    return `blob:nodedata:${id}`;
  }
  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
    blobURLs.delete(`${url}`);
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const m of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, m);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, m, d);
}
for (const m of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, m);
  d.enumerable = true;
  Object.defineProperty(URL, m, d);
}

function isURL(v) { return v != null && typeof v === 'object' && records.has(v); }

// ---- file URLs --------------------------------------------------------------------------------
function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!(path != null && path.href && path.protocol && path.auth === undefined && path.path === undefined)) {
    // Node's isURL is this duck test.
    throw invalidArgType('path', 'of type string or an instance of URL', path);
  }
  if (path.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}
function pathToFileURLEncoded(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  const pathMod = require('path');
  let resolved = pathMod.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2F && resolved[resolved.length - 1] !== '/') resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09')
    .replace(/\?/g, '%3F').replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}
function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}
function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const h = parseHost(`${domain}`, false);
  return h === null ? '' : h;
}
function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const h = parseHost(`${domain}`, false);
  if (h === null) return '';
  return h.split('.').map((l) => (l.startsWith('xn--') ? punycodeDecode(l.slice(4)) || l : l)).join('.');
}

// ---- the legacy API ---------------------------------------------------------------------------
let qs;
function querystring() { if (!qs) qs = require('querystring'); return qs; }
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const autoEscape = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
let warnInvalidPort = true;
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}
Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  let rest = url.trim();
  // Backslashes before the query become slashes.
  const qIdx = rest.search(/[?#]/);
  rest = qIdx === -1 ? rest.replace(/\\/g, '/') : rest.slice(0, qIdx).replace(/\\/g, '/') + rest.slice(qIdx);
  if (!slashesDenoteHost && !/#/.test(rest)) {
    const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
      }
      return this;
    }
  }
  let lowerProto;
  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    // Node's lib/url.js: the host ends at the first of # / ?, RFC 2396's non-host characters
    // end it unless an '@' follows, tabs and newlines are dropped.
    let hostEnd = -1, atSign = -1, nonHost = -1;
    for (let i = 0; i < rest.length; ++i) {
      const ch = rest[i];
      if (ch === '\t' || ch === '\n' || ch === '\r') { rest = rest.slice(0, i) + rest.slice(i + 1); i -= 1; }
      else if (' "%\';<>\\^`{|}'.includes(ch)) { if (nonHost === -1) nonHost = i; }
      else if (ch === '#' || ch === '/' || ch === '?') { if (nonHost === -1) nonHost = i; hostEnd = i; }
      else if (ch === '@') { atSign = i; nonHost = -1; }
      if (hostEnd !== -1) break;
    }
    let start = 0;
    if (atSign !== -1) { this.auth = decodeURIComponent(rest.slice(0, atSign)); start = atSign + 1; }
    if (nonHost === -1) { this.host = rest.slice(start); rest = ''; } else { this.host = rest.slice(start, nonHost); rest = rest.slice(nonHost); }
    let hostPart = this.host;
    const portM = /:[0-9]*$/.exec(hostPart);
    if (portM) {
      if (portM[0] !== ':') this.port = portM[0].slice(1);
      hostPart = hostPart.slice(0, hostPart.length - portM[0].length);
    }
    if (hostPart) this.hostname = hostPart;
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
    if (!ipv6) {
      for (let i = 0; i < hostname.length; ++i) {
        if ('/\\#?:'.includes(hostname[i])) {
          if (hostname[i] === ':' && warnInvalidPort) {
            warnInvalidPort = false;
            process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`, 'DeprecationWarning', 'DEP0170');
          }
          this.hostname = hostname.slice(0, i); rest = `/${hostname.slice(i)}${rest}`; break; }
      }
    }
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6) {
        if (/[\0\t\n\r #%/<>?@\\^|]/.test(this.hostname)) throw nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL', { input: url });
      } else {
        if (/[^\x00-\x7F]/.test(this.hostname)) this.hostname = domainToASCII(this.hostname);
        if (/[\0\t\n\r #%/:<>?@[\\\]^|]/.test(this.hostname)) throw nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL', { input: url });
      }
    }
    const p = this.port ? `:${this.port}` : '';
    const h = this.hostname || '';
    this.host = h + p;
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }
  rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscape[c]);
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = querystring().parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};
Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) host = auth + this.host;
  else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && this.hostname[0] !== '[' ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => encodeURIComponent(c));
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) host = '//';
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};
Url.prototype.resolveObject = function resolveObject(relative) {
  // The WHATWG resolution agrees with the legacy one for the inputs programs use.
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const base = this.format();
  const rel = relative.format();
  // A base without a scheme resolves under a stand-in origin that is cut off again.
  let prefix = '', full = base;
  if (!this.protocol) {
    if (base.startsWith('//')) prefix = 'http:';
    else { prefix = 'http://nodescope.invalid'; if (!base.startsWith('/')) full = `/${base}`; }
  }
  let out;
  try {
    out = new URL(rel, prefix + full).href;
    if (prefix && out.startsWith(prefix)) {
      out = out.slice(prefix.length);
      if (full !== base && !rel.startsWith('/') && out.startsWith('/')) out = out.slice(1);
    }
  } catch (_) {
    return urlParse(rel);
  }
  return urlParse(out);
};
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true, unicode = false, search = true, auth = true;
    if (options) {
      if (options.fragment !== undefined) fragment = Boolean(options.fragment);
      if (options.unicode !== undefined) unicode = Boolean(options.unicode);
      if (options.search !== undefined) search = Boolean(options.search);
      if (options.auth !== undefined) auth = Boolean(options.auth);
    }
    const rec = R(urlObject).rec;
    const copy = { ...rec };
    if (!fragment) copy.fragment = null;
    if (!search) copy.query = null;
    if (!auth) { copy.username = ''; copy.password = ''; }
    if (unicode && copy.host) copy.host = domainToUnicode(copy.host);
    return serialize(copy);
  }
  return Url.prototype.format.call(urlObject);
}
function urlResolve(source, relative) { return urlParse(source, false, true).resolve(relative); }
function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL: pathToFileURLEncoded,
  fileURLToPath,
  urlToHttpOptions,
};
