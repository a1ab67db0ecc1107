// Node's `path` module (POSIX flavour).
'use strict';
function assertPath(p, name = 'path') {
  if (typeof p !== 'string') {
    const e = new TypeError(`The "${name}" argument must be of type string. Received ${p === null ? 'null' : typeof p === 'object' ? 'an instance of ' + (p.constructor && p.constructor.name) : `type ${typeof p} (${String(p)})`}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}
function normalizeString(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else out.push(seg);
  }
  return out.join('/');
}
const posix = {
  sep: '/',
  delimiter: ':',
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const p = i >= 0 ? args[i] : process.cwd();
      assertPath(p, `paths[${i}]`);
      if (p.length === 0) continue;
      resolved = `${p}/${resolved}`;
      absolute = p[0] === '/';
    }
    resolved = normalizeString(resolved, !absolute);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },
  normalize(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const isAbsolute = p[0] === '/';
    const trailing = p[p.length - 1] === '/';
    let out = normalizeString(p, !isAbsolute);
    if (out.length === 0) { if (isAbsolute) return '/'; return trailing ? './' : '.'; }
    if (trailing) out += '/';
    return isAbsolute ? `/${out}` : out;
  },
  isAbsolute(p) { assertPath(p); return p.length > 0 && p[0] === '/'; },
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (const a of args) { assertPath(a); if (a.length > 0) joined = joined === undefined ? a : `${joined}/${a}`; }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },
  relative(from, to) {
    assertPath(from, 'from'); assertPath(to, 'to');
    if (from === to) return '';
    const f = posix.resolve(from).split('/').filter(Boolean);
    const t = posix.resolve(to).split('/').filter(Boolean);
    let i = 0;
    while (i < f.length && i < t.length && f[i] === t[i]) i++;
    return [...Array(f.length - i).fill('..'), ...t.slice(i)].join('/');
  },
  dirname(p) {
    assertPath(p);
    if (p.length === 0) return '.';
    const hasRoot = p[0] === '/';
    let end = -1, matchedSlash = true;
    for (let i = p.length - 1; i >= 1; --i) {
      if (p[i] === '/') { if (!matchedSlash) { end = i; break; } } else matchedSlash = false;
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return p.slice(0, end);
  },
  basename(p, ext) {
    assertPath(p);
    let end = p.length;
    while (end > 1 && p[end - 1] === '/') end--;
    const trimmed = p.slice(0, end);
    let base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
    if (ext !== undefined && base.endsWith(ext) && base !== ext) base = base.slice(0, base.length - ext.length);
    return base;
  },
  extname(p) {
    assertPath(p);
    const base = posix.basename(p);
    const dot = base.lastIndexOf('.');
    if (dot <= 0 || dot === base.length - 1 && base.length === 1) return dot <= 0 ? '' : base.slice(dot);
    return base.slice(dot);
  },
  parse(p) {
    assertPath(p);
    const root = p[0] === '/' ? '/' : '';
    const base = posix.basename(p);
    const ext = posix.extname(p);
    let dir = posix.dirname(p);
    if (dir === '.' && !p.includes('/')) dir = '';
    return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
  },
  format(obj) {
    const dir = obj.dir || obj.root;
    const base = obj.base || `${obj.name || ''}${obj.ext ? (obj.ext[0] === '.' ? '' : '.') + obj.ext : ''}`;
    if (!dir) return base;
    return dir === obj.root ? `${dir}${base}` : `${dir}/${base}`;
  },
  toNamespacedPath(p) { return p; },
};
posix.posix = posix;
posix.win32 = posix;
module.exports = posix;
