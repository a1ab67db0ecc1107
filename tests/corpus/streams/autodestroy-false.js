// autoDestroy: false keeps the stream alive after end/finish; emitClose: false silences 'close'.
const { Readable, Writable } = require('stream');
const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
r.on('end', () => setImmediate(() => console.log('after end: destroyed', r.destroyed)));
r.on('close', () => console.log('r close'));
r.resume();
const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w.on('finish', () => setImmediate(() => {
  console.log('after finish: destroyed', w.destroyed);
  w.destroy();
}));
w.on('close', () => console.log('w close after manual destroy'));
w.end('x');
const quiet = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
quiet.on('close', () => console.log('never'));
quiet.on('finish', () => setImmediate(() => console.log('quiet destroyed', quiet.destroyed, quiet.closed)));
quiet.end();
