// An error from flush becomes an 'error' event; 'finish' has fired, 'end' does not.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk); },
  flush(cb) { cb(new Error('flush failed')); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log(ev));
t.on('error', (e) => console.log('error', e.message, t.destroyed));
t.on('data', (d) => console.log('data', String(d)));
t.end('x');
