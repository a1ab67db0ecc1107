// A stream over an fd that is already open: no 'open' event; autoClose closes it.
const fs = require('fs');
const f = './tmp-read-stream-fd.txt';
fs.writeFileSync(f, 'hello from an fd');
const fd = fs.openSync(f, 'r');
const rs = fs.createReadStream(null, { fd, encoding: 'utf8' });
console.log('pending', rs.pending, rs.fd === fd);
rs.on('open', () => console.log('unexpected open'));
rs.on('data', (c) => console.log('data', c));
rs.on('close', () => {
  console.log('closed; fd now', rs.fd);
  try {
    fs.fstatSync(fd);
    console.log('fd still open');
  } catch (err) {
    console.log('fd closed:', err.code);
  }
  fs.unlinkSync(f);
});
