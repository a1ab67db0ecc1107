// A source that produces data asynchronously from _read (setImmediate).
const { Readable } = require('stream');

let i = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    const n = ++i;
    console.log('_read', n);
    setImmediate(() => {
      if (n > 4) {
        console.log('push null');
        this.push(null);
      } else {
        const ok = this.push('xy' + n);
        console.log('pushed', n, '->', ok, 'length', this.readableLength);
      }
    });
  },
});
r.on('data', (d) => console.log('data', String(d)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
