// pathToFileURL / fileURLToPath.
const { pathToFileURL, fileURLToPath } = require('url');
for (const p of ['/tmp/file.txt', '/tmp/with space/é.txt', '/tmp/hash#and?query%.txt', '/tmp/dir/']) {
  const u = pathToFileURL(p);
  console.log(u.href, fileURLToPath(u), fileURLToPath(u.href) === fileURLToPath(u));
}
console.log(fileURLToPath('file:///a/b%20c/d'), fileURLToPath('file://localhost/etc/hosts'));
for (const bad of ['http://x.com/a', 'file://host/a', 'file:///a%2Fb']) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { fileURLToPath(42); } catch (e) { console.log(e.code, e.message); }
