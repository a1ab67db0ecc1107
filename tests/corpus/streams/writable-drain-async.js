// A slow destination (async _write via setImmediate): counting drains with a producer
// that respects backpressure.
const { Writable } = require('stream');

let writes = 0;
const w = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  },
});
let drains = 0;
let falses = 0;
w.on('drain', () => {
  drains++;
  console.log('drain #' + drains, 'length', w.writableLength);
  produce();
});
let i = 0;
function produce() {
  while (i < 20) {
    i++;
    const ok = w.write('abc');
    if (!ok) {
      falses++;
      console.log('write', i, 'returned false at length', w.writableLength);
      return;
    }
  }
  w.end(() => console.log('end cb: writes', writes, 'drains', drains, 'false returns', falses));
}
produce();
w.on('finish', () => console.log('finish'));
