// An error in the middle of a pipeline destroys every stage and reaches the callback once.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = new Readable({ read() {} });
let i = 0;
const t = new Transform({
  transform(chunk, enc, cb) {
    i++;
    if (i === 2) return cb(new Error('bad chunk ' + chunk));
    cb(null, chunk);
  },
});
const dst = new Writable({ write(c, e, cb) { console.log('wrote', String(c)); cb(); } });
for (const [name, s] of [['src', src], ['t', t], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close', s.destroyed));
  s.on('error', (e) => console.log(name, 'error', e.message));
}
pipeline(src, t, dst, (err) => console.log('callback', err && err.message));
src.push('one');
src.push('two');
src.push('three');
