// destroy(err): 'error' then 'close', both after the current tick; errored/destroyed flags.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('readable error', e.message, r.errored === e));
r.on('close', () => console.log('readable close', r.destroyed, r.closed));
r.destroy(new Error('boom'));
console.log('destroyed sync', r.destroyed, r.closed, r.errored && r.errored.message);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('writable error', e.message));
w.on('close', () => console.log('writable close'));
w.on('finish', () => console.log('finish never'));
w.destroy(new Error('w-boom'));
w.destroy(new Error('second destroy ignored'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate'));
