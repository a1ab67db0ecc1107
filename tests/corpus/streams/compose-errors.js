// compose argument errors.
const { compose, Readable, Writable, PassThrough } = require('stream');
try {
  compose();
} catch (e) {
  console.log(e.code, e.message);
}
try {
  compose(new Writable({ write(c, e, cb) { cb(); } }), new PassThrough());
} catch (e) {
  console.log(e.code, e.message.split('Received')[0]);
}
try {
  compose(new PassThrough(), Readable.from([1]));
} catch (e) {
  console.log(e.code, e.message.split('Received')[0]);
}
const single = new PassThrough();
console.log(compose(single) === single);
const c = compose(new PassThrough(), new PassThrough());
c.on('data', (d) => console.log('data', String(d)));
c.on('end', () => console.log('end'));
c.end('through two');
