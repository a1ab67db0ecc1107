// A file gzipped to disk with streams, then gunzipped back: identical content.
const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');
const src = './tmp-zlib-src.txt';
const gz = './tmp-zlib-src.txt.gz';
let text = '';
for (let i = 0; i < 30000; i++) text += `${i} `;
fs.writeFileSync(src, text);
pipeline(fs.createReadStream(src), zlib.createGzip(), fs.createWriteStream(gz), (err) => {
  console.log('compressed', err);
  const head = fs.readFileSync(gz).subarray(0, 2);
  console.log('magic', head.toString('hex'));
  const out = [];
  pipeline(fs.createReadStream(gz), zlib.createGunzip(), async function* (source) {
    for await (const chunk of source) out.push(chunk);
  }, (err2) => {
    console.log('decompressed', err2, Buffer.concat(out).toString() === text);
    fs.unlinkSync(src);
    fs.unlinkSync(gz);
  });
});
