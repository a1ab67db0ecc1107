// fs with URLs it cannot use: other schemes, file hosts, encoded slashes, missing files, URL look-alikes.
const fs = require('fs');
for (const u of [new URL('http://a/b'), new URL('file://host/x'), new URL('file:///a%2fb'), new URL('file:///no/such%20file')]) {
  try { fs.readFileSync(u); } catch (e) { console.log(e.name, e.code, e.message); }
  try { fs.createReadStream(u).on('error', (e) => console.log('stream', e.code, e.message)); } catch (e) { console.log('stream sync', e.name, e.code, e.message); }
}
try { fs.statSync({ href: 'x', protocol: 'file:' }); } catch (e) { console.log(e.code, e.message); }
