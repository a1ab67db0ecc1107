// File → uppercase Transform → file with stream/promises pipeline.
const fs = require('fs');
const { Transform } = require('stream');
const { pipeline } = require('stream/promises');
const src = './tmp-pipe-src.txt';
const dst = './tmp-pipe-dst.txt';
fs.writeFileSync(src, 'streams are fun\nbuffers too\n');
async function main() {
  let chunks = 0;
  await pipeline(
    fs.createReadStream(src, { highWaterMark: 8 }),
    new Transform({
      transform(chunk, enc, cb) {
        chunks++;
        cb(null, chunk.toString().toUpperCase());
      },
    }),
    fs.createWriteStream(dst),
  );
  console.log('chunks', chunks);
  console.log(fs.readFileSync(dst, 'utf8'));
  fs.unlinkSync(src);
  fs.unlinkSync(dst);
}
main().catch((e) => console.log('failed', e));
