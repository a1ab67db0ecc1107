// Reading a fixed-size header, then the rest, from 'readable'.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
let header = null;
r.on('readable', () => {
  if (header === null) {
    header = r.read(4);
    if (header === null) {
      console.log('header not complete yet, have', r.readableLength);
      return;
    }
    console.log('header', header.readUInt32BE(0));
  }
  let body;
  while ((body = r.read()) !== null) console.log('body', body.toString());
});
r.on('end', () => console.log('end'));
r.push(Buffer.from([0, 0]));
setTimeout(() => {
  r.push(Buffer.from([1, 2]));
  r.push('payload');
  r.push(null);
}, 10);
