// pipeline(): chains streams, calls back once when everything finished.
const { pipeline, Readable, Transform, Writable } = require('stream');

const src = Readable.from(['a', 'b', 'c']);
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
  },
});
const out = [];
const dst = new Writable({
  write(chunk, enc, cb) {
    out.push(String(chunk));
    cb();
  },
});
for (const [name, s] of [['src', src], ['upper', upper], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close'));
  s.on('end', () => console.log(name, 'end'));
  s.on('finish', () => console.log(name, 'finish'));
}
const ret = pipeline(src, upper, dst, (err, ...rest) => {
  console.log('pipeline callback', err, rest.length, out.join(''));
  console.log('destroyed', src.destroyed, upper.destroyed, dst.destroyed);
});
console.log('returns last stream', ret === dst);
