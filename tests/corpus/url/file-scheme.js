// file: URL parsing quirks.
for (const s of ['file:///C:/x/y', 'file:/a/b', 'file:a/b', 'file://localhost/p', 'file://HOST/p', 'file:///a/../../b', 'FILE:///x?q#h']) {
  const u = new URL(s);
  console.log(s.padEnd(22), u.href, JSON.stringify(u.host), u.pathname, u.origin);
}
console.log(new URL('C:/z', 'file:///A:/x').href, new URL('/q', 'file:///A:/x').href);
