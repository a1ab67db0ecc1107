// A nextTick/promise queued before a readFile of a bigger file still runs first; readFile delivers the whole file.
const fs = require('fs');
const f = './tmp-readfile-chunks-order.bin';
fs.writeFileSync(f, Buffer.alloc(300 * 1024, 7));
fs.readFile(f, (err, buf) => {
  console.log('read', buf.length, buf[0], buf[buf.length - 1]);
  fs.unlinkSync(f);
});
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
