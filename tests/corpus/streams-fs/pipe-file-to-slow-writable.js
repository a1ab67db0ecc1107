// createReadStream().pipe() into a slow Writable: the file stream pauses when write() returns
// false and resumes on 'drain'; memory stays bounded by the two highWaterMarks.
const fs = require('fs');
const { Writable } = require('stream');
const f = './tmp-pipe-slow.txt';
fs.writeFileSync(f, 'p'.repeat(500000));
let writes = 0;
let maxBuffered = 0;
const sink = new Writable({
  highWaterMark: 16384,
  write(chunk, enc, cb) {
    writes++;
    setTimeout(cb, 1);
  },
});
const rs = fs.createReadStream(f);
let pauses = 0;
let drains = 0;
rs.on('pause', () => pauses++);
sink.on('drain', () => drains++);
rs.on('data', () => { maxBuffered = Math.max(maxBuffered, sink.writableLength + rs.readableLength); });
rs.pipe(sink);
sink.on('finish', () => {
  // How many pauses happen depends on disk timing; that some happen does not.
  console.log('writes', writes, 'paused', pauses > 0, 'drained', drains > 0);
  console.log('max buffered <= 2 x 64 KiB:', maxBuffered <= 2 * 65536);
  fs.unlinkSync(f);
});
