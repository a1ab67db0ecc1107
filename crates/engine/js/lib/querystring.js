// Node's `querystring` module (parse, stringify, escape, unescape; decode/encode aliases).
'use strict';
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (_) {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}
function unescapeBuffer(s, decodeSpaces) {
  const out = [];
  const bytes = Buffer.from(s);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x2B && decodeSpaces) { out.push(0x20); continue; }
    if (b === 0x25 && i + 2 < bytes.length) {
      const h = String.fromCharCode(bytes[i + 1], bytes[i + 2]);
      if (/^[0-9a-fA-F]{2}$/.test(h)) { out.push(parseInt(h, 16)); i += 2; continue; }
    }
    out.push(b);
  }
  return Buffer.from(out);
}
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch (_) {
    const e = new URIError('URI malformed');
    Object.defineProperty(e, 'code', { value: 'ERR_INVALID_URI', enumerable: true, writable: true, configurable: true });
    throw e;
  }
}
function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}
function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const conv = (v) => encode(stringifyPrimitive(v));
  if (obj !== null && typeof obj === 'object') {
    const keys = Object.keys(obj);
    const fields = [];
    for (const k of keys) {
      const v = obj[k];
      const ks = conv(k) + eq;
      if (Array.isArray(v)) {
        for (const item of v) fields.push(ks + conv(item));
      } else fields.push(ks + conv(v));
    }
    return fields.join(sep);
  }
  return '';
}
function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  let parts = qs.split(sep);
  if (maxKeys > 0) parts = parts.slice(0, maxKeys);
  for (const part of parts) {
    if (part.length === 0) continue;
    const idx = part.indexOf(eq);
    let k, v;
    if (idx >= 0) { k = part.slice(0, idx); v = part.slice(idx + eq.length); } else { k = part; v = ''; }
    k = decodeStr(k.replace(/\+/g, ' '), decode);
    v = decodeStr(v.replace(/\+/g, ' '), decode);
    if (k in obj) {
      const cur = obj[k];
      if (Array.isArray(cur)) cur.push(v); else obj[k] = [cur, v];
    } else obj[k] = v;
  }
  return obj;
}
function decodeStr(s, decoder) {
  try { return decoder(s); } catch (_) { return module.exports.unescape(s, true); }
}
module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
