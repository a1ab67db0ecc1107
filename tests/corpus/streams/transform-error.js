// Errors from _transform and _flush.
const { Transform, PassThrough } = require('stream');

const t = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'bad') return cb(new Error('bad chunk'));
    cb(null, chunk);
  },
});
t.on('data', (d) => console.log('data', String(d)));
t.on('error', (err) => console.log('error', err.message, 'destroyed', t.destroyed));
t.on('close', () => console.log('close'));
t.on('end', () => console.log('end (never)'));
t.write('good');
t.write('bad', (err) => console.log('write cb', err && err.message));
t.write('after', (err) => console.log('write after cb', err && err.code));

const f = new Transform({
  transform(c, e, cb) { cb(null, c); },
  flush(cb) { cb(new Error('flush failed')); },
});
f.resume();
f.on('error', (err) => console.log('flush error', err.message));
f.on('finish', () => console.log('f finish (never)'));
f.on('close', () => console.log('f close'));
f.end('x');

const thrower = new Transform({
  transform() {
    throw new Error('thrown in transform');
  },
});
thrower.on('error', (err) => console.log('thrower error', err.message));
try {
  thrower.write('x');
} catch (err) {
  console.log('write threw', err.message);
}
const p = new PassThrough();
p.end('pass');
p.on('data', (d) => console.log('passthrough', String(d)));
