// When does a write without a callback settle? Byte streams settle a synchronous completion
// at once; object-mode streams take a tick, which moves 'finish' after other ticks.
const { Writable } = require('stream');

function probe(label, opts, chunk) {
  const w = new Writable({ ...opts, write(c, e, cb) { cb(); } });
  w.write(chunk);
  console.log(label, 'pendingcb after write', w._writableState.pendingcb);
}
probe('bytes string', {}, 'a');
probe('bytes buffer', {}, Buffer.from('a'));
probe('bytes, writev', { writev(c, cb) { cb(); } }, 'a');
probe('object string', { objectMode: true }, 'a');
probe('object number', { objectMode: true }, 1);

function order(label, opts, chunk) {
  const w = new Writable({ ...opts, write(c, e, cb) { cb(); } });
  w.on('prefinish', () => console.log(label, 'prefinish'));
  w.on('finish', () => console.log(label, 'finish'));
  w.write(chunk);
  w.end();
  process.nextTick(() => console.log(label, 'tick queued after end()'));
}
order('bytes', {}, 'a');
setImmediate(() => order('objects', { objectMode: true }, 1));
setImmediate(() => setImmediate(() => order('objects hwm 1', { objectMode: true, highWaterMark: 1 }, 1)));
