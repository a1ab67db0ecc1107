// Missing _read / _write / _transform implementations.
const { Readable, Writable, Transform } = require('stream');

const r = new Readable();
r.on('error', (err) => console.log('readable error', err.name, err.code, err.message));
r.on('close', () => console.log('readable close'));
r.resume();

const t = new Transform();
t.on('error', (err) => console.log('transform error', err.code, err.message));
try {
  t.write('x');
} catch (err) {
  console.log('transform write threw', err.code, err.message);
}

const w = new Writable();
try {
  w.write('x');
} catch (err) {
  console.log('writable write threw', err.code, err.message, 'writableLength', w.writableLength);
}
