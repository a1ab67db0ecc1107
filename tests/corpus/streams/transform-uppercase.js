// Uppercasing Transform with callback(null, data) and with push.
const { Transform, pipeline, Readable, Writable } = require('stream');
const upper = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});
const out = [];
pipeline(
  Readable.from(['hello ', 'streams ', 'world']),
  upper,
  new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }),
  (err) => console.log('done', err, out),
);
const t2 = new Transform({
  decodeStrings: false,
  transform(chunk, encoding, callback) {
    console.log('t2 got', typeof chunk, encoding);
    this.push(chunk.toUpperCase());
    this.push('!');
    callback();
  },
});
t2.setEncoding('utf8');
t2.on('data', (d) => console.log('t2 data', d));
t2.write('abc');
t2.end('def');
