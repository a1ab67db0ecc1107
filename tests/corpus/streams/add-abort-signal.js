// stream.addAbortSignal destroys the stream with an AbortError when the signal aborts.
const { addAbortSignal, Readable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause && e.cause.name));
r.on('close', () => console.log('close', r.destroyed));
setTimeout(() => ac.abort(), 5);
const r2 = new Readable({ read() {}, signal: AbortSignal.abort('already') });
r2.on('error', (e) => console.log('pre-aborted', e.name, e.cause));
try {
  addAbortSignal('nope', new Readable());
} catch (e) {
  console.log(e.code, e.message);
}
try {
  addAbortSignal(ac.signal, {});
} catch (e) {
  console.log(e.code, e.message);
}
