// unshift() puts data back at the front of the buffer.
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('header:body');
const all = r.read().toString();
const i = all.indexOf(':');
console.log('header', all.slice(0, i));
r.unshift(Buffer.from(all.slice(i + 1)));
console.log('length after unshift', r.readableLength);
r.push('-more');
console.log('read', String(r.read()));
r.push(null);
r.on('end', () => {
  console.log('end');
  r.on('error', (err) => console.log('error', err.code, err.message));
  r.unshift('late');
});
r.resume();
