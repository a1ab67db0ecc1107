// A pipe destination error with no 'error' listener becomes an uncaught exception.
const { Readable, Writable } = require('stream');

process.on('uncaughtException', (err) => {
  console.log('uncaughtException', err.message);
  setImmediate(() => console.log('src destroyed', src.destroyed, 'flowing', src.readableFlowing));
});
const src = new Readable({ read() { this.push('x'); } });
const dst = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
src.pipe(dst);
