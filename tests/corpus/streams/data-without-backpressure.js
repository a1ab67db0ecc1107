// on('data') + write() ignoring the return value, versus pipe(): buffered bytes over time.
const { Readable, Writable } = require('stream');

function source() {
  let n = 0;
  return new Readable({
    highWaterMark: 1024,
    read() {
      n++;
      this.push(n <= 64 ? Buffer.alloc(1024) : null);
    },
  });
}
function slowSink(name, peaks) {
  return new Writable({
    highWaterMark: 2048,
    write(chunk, enc, cb) {
      peaks.max = Math.max(peaks.max, this.writableLength);
      setImmediate(cb);
    },
    final(cb) {
      console.log(name, 'peak writableLength', peaks.max);
      cb();
    },
  });
}
const naivePeak = { max: 0 };
const naiveDst = slowSink('naive', naivePeak);
const naiveSrc = source();
let falses = 0;
naiveSrc.on('data', (chunk) => {
  if (!naiveDst.write(chunk)) falses++;
});
naiveSrc.on('end', () => {
  console.log('naive source ended; write() said false', falses, 'times; buffered now', naiveDst.writableLength);
  naiveDst.end();
});

const pipePeak = { max: 0 };
const pipeDst = slowSink('pipe', pipePeak);
const pipeSrc = source();
pipeSrc.pipe(pipeDst);
pipeDst.on('finish', () => console.log('pipe finished'));
