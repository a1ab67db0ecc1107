// write() after end(): the callback gets the error, 'error' is emitted, write returns false.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('error event', e.code, e.message));
w.on('close', () => console.log('close'));
w.end('last');
const ret = w.write('too late', (err) => console.log('write callback', err && err.code));
console.log('write returned', ret, w.writableEnded, w.writableFinished);
w.end(() => console.log('end again callback'));
