// pipeline() a file into another file; the callback runs once both are closed.
const fs = require('fs');
const { pipeline } = require('stream');
const src = './tmp-pipeline-src.txt';
const dst = './tmp-pipeline-dst.txt';
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i}\n`;
fs.writeFileSync(src, text);
const rs = fs.createReadStream(src);
const ws = fs.createWriteStream(dst);
pipeline(rs, ws, (err) => {
  console.log('done', err, rs.destroyed, ws.destroyed, ws.bytesWritten);
  console.log('same content', fs.readFileSync(dst, 'utf8') === text);
  fs.unlinkSync(src);
  fs.unlinkSync(dst);
});
