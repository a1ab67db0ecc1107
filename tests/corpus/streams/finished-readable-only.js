// finished options: readable: false only waits for the writable side of a Duplex.
const { finished, Duplex } = require('stream');
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('writable side done', err));
finished(d, (err) => console.log('both sides done', err));
d.end('x');
setTimeout(() => {
  console.log('pushing null now');
  d.push(null);
  d.resume();
}, 5);
