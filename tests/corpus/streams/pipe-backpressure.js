// pipe() pauses the source when write() returns false and resumes it on 'drain'.
const { Readable, Writable } = require('stream');

let produced = 0;
const src = new Readable({
  highWaterMark: 8,
  read() {
    produced++;
    if (produced > 12) this.push(null);
    else this.push('0123');
  },
});
let pauses = 0;
let resumes = 0;
src.on('pause', () => {
  pauses++;
  console.log('src pause; src buffered', src.readableLength, 'dst buffered', dst.writableLength);
});
src.on('resume', () => {
  resumes++;
  console.log('src resume');
});
let writes = 0;
const dst = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    writes++;
    setImmediate(cb);
  },
});
let drains = 0;
dst.on('drain', () => {
  drains++;
  console.log('dst drain');
});
dst.on('finish', () => console.log('finish: writes', writes, 'drains', drains, 'pauses', pauses, 'resumes', resumes, 'produced', produced));
src.pipe(dst);
