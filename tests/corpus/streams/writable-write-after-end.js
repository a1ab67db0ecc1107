// write() after end(): ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'.
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event', err.code, err.message));
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
w.end('last');
console.log('write after end ->', w.write('more', (err) => console.log('write cb', err.code)));
console.log('destroyed', w.destroyed, 'errored', w.errored && w.errored.code);
process.nextTick(() => console.log('tick'));
