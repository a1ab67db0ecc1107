// One readable piped to several writables: each gets every chunk; slowest sets the pace.
const { Readable, Writable } = require('stream');
const src = new Readable({ read() {} });
function sink(name, delay) {
  return new Writable({
    highWaterMark: 2,
    write(chunk, enc, cb) {
      console.log(name, 'got', String(chunk));
      if (delay) setTimeout(cb, delay); else cb();
    },
  }).on('finish', () => console.log(name, 'finish'));
}
src.pipe(sink('fast', 0));
src.pipe(sink('slow', 5));
src.push('a');
src.push('bb');
src.push('ccc');
src.push(null);
src.on('end', () => console.log('source end'));
