// A write completed from process.nextTick: 'finish' still waits one more tick.
const { Writable } = require('stream');

for (const [label, hwm, chunk] of [['needs drain', 2, 'xx'], ['below hwm', 8, 'xx']]) {
  const w = new Writable({
    highWaterMark: hwm,
    write(c, e, cb) {
      process.nextTick(cb);
    },
  });
  w.on('prefinish', () => console.log(label, 'prefinish'));
  w.on('finish', () => console.log(label, 'finish'));
  w.on('drain', () => console.log(label, 'drain'));
  console.log(label, 'write ->', w.write(chunk));
  w.end();
  process.nextTick(() => console.log(label, 'tick queued after end()'));
}
