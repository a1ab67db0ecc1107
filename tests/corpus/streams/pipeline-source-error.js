// The source fails: the error reaches the callback; downstream streams are destroyed.
const { pipeline, Readable, Transform, Writable } = require('stream');

let i = 0;
const src = new Readable({
  read() {
    i++;
    if (i === 3) this.destroy(new Error('read failed'));
    else this.push(`item${i}`);
  },
});
const t = new Transform({ transform(c, e, cb) { cb(null, c); } });
const dst = new Writable({ write(c, e, cb) { console.log('dst got', String(c)); cb(); } });
t.on('error', (e) => console.log('t error', e.code, e.message));
dst.on('error', (e) => console.log('dst error', e.code, e.message));
dst.on('finish', () => console.log('dst finish (never)'));
pipeline(src, t, dst, (err) => {
  console.log('callback', err.message, 'destroyed', src.destroyed, t.destroyed, dst.destroyed);
});
