// Respecting backpressure: write until false, wait for 'drain', continue.
const { Writable } = require('stream');
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    setTimeout(cb, 1);
  },
});
let i = 0;
let drains = 0;
function writeMore() {
  let ok = true;
  while (i < 12 && ok) {
    ok = w.write(`item${i}`);
    console.log('wrote', i, 'ok', ok, 'length', w.writableLength);
    i++;
  }
  if (i < 12) {
    w.once('drain', () => {
      drains++;
      console.log('drain', drains);
      writeMore();
    });
  } else {
    w.end(() => console.log('all written, drains:', drains));
  }
}
writeMore();
