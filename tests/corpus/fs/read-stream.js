// createReadStream of a created file: data chunks, then 'end', then 'close'.
const fs = require('fs');
const f = './tmp-read-stream.txt';
fs.writeFileSync(f, 'a'.repeat(100000));
let chunks = 0, bytes = 0;
const rs = fs.createReadStream(f);
rs.on('open', () => console.log('open'));
rs.on('data', (c) => { chunks++; bytes += c.length; });
rs.on('end', () => console.log('end', chunks, bytes));
rs.on('close', () => {
  console.log('close');
  fs.unlinkSync(f);
});
