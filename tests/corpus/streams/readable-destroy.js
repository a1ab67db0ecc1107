// destroy() with and without an error: events, flags, ordering.
const { Readable } = require('stream');

function make(name) {
  const r = new Readable({ read() {} });
  for (const ev of ['end', 'close', 'pause', 'resume']) r.on(ev, () => console.log(name, 'event', ev));
  r.on('error', (err) => console.log(name, 'error', err.message));
  return r;
}
const a = make('a');
a.push('data');
a.destroy();
console.log('a destroyed', a.destroyed, 'readable', a.readable, 'closed', a.closed, 'aborted', a.readableAborted, 'errored', a.errored);
console.log('a read() after destroy', a.read());
console.log('a push after destroy', a.push('x'));

const b = make('b');
b.destroy(new Error('kaboom'));
console.log('b errored', b.errored && b.errored.message, 'destroyed', b.destroyed);
b.destroy(new Error('second'));
process.nextTick(() => console.log('tick 1'));

const c = make('c');
c.on('data', () => {});
c.push(null);
c.on('end', () => console.log('c readableAborted', c.readableAborted));
c.on('close', () => {
  console.log('c after close destroyed', c.destroyed);
  const cb = c.destroy(null, (err) => console.log('destroy cb after close, err', err));
  console.log('returns this', cb === c);
});
