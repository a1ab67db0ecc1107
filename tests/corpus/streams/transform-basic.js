// Transform: _transform, _flush, and the order of events.
const { Transform } = require('stream');

const t = new Transform({
  transform(chunk, enc, cb) {
    console.log('_transform', JSON.stringify(String(chunk)), enc);
    cb(null, String(chunk).toUpperCase());
  },
  flush(cb) {
    console.log('_flush');
    this.push('[tail]');
    cb(null, '[flushed]');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (d) => console.log('data', String(d)));
console.log('write ->', t.write('abc'));
console.log('write ->', t.write('def', () => console.log('write cb def')));
t.end('ghi', () => console.log('end cb'));
console.log('main done');
