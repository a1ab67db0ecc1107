// highWaterMark 0: every push returns false, data still flows.
const { Readable, Writable } = require('stream');

let i = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    i++;
    const ok = this.push(i <= 3 ? `v${i}` : null);
    console.log('push', i, '->', ok);
  },
});
r.on('data', (d) => console.log('data', String(d)));
r.on('end', () => console.log('end'));

const w = new Writable({
  highWaterMark: 0,
  write(c, e, cb) {
    setImmediate(cb);
  },
});
w.on('drain', () => console.log('w drain'));
console.log('w write ->', w.write('a'), 'needDrain', w.writableNeedDrain);
