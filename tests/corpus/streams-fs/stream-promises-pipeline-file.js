// stream/promises pipeline from a file through a Transform into a file.
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');
const src = './tmp-promises-src.txt';
const dst = './tmp-promises-dst.txt';
fs.writeFileSync(src, 'hello streams\n'.repeat(5000));
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
});
pipeline(fs.createReadStream(src), upper, fs.createWriteStream(dst)).then(() => {
  const out = fs.readFileSync(dst, 'utf8');
  console.log(out.length, out.slice(0, 14));
  fs.unlinkSync(src);
  fs.unlinkSync(dst);
});
