// One source piped to a fast and a slow destination: the slow one sets the pace.
const { Readable, Writable } = require('stream');

let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(`c${n}`);
  },
});
const log = [];
const fast = new Writable({ highWaterMark: 4, write(c, e, cb) { log.push(`fast:${c}`); cb(); } });
const slow = new Writable({
  highWaterMark: 4,
  write(c, e, cb) {
    log.push(`slow:${c}`);
    setTimeout(cb, 2);
  },
});
src.on('pause', () => log.push('pause'));
src.on('resume', () => log.push('resume'));
slow.on('drain', () => log.push('slow drain'));
src.pipe(fast);
src.pipe(slow);
slow.on('finish', () => {
  console.log(log.join('\n'));
  console.log('fast finished', fast.writableFinished);
});
