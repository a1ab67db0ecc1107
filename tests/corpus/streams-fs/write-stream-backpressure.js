// write() returns false once highWaterMark bytes wait; 'drain' when they are written.
const fs = require('fs');
const f = './tmp-write-stream-bp.txt';
const ws = fs.createWriteStream(f, { highWaterMark: 100 });
const results = [];
for (let i = 0; i < 5; i++) results.push(ws.write('a'.repeat(40)));
console.log('results', results, 'length', ws.writableLength, 'needDrain', ws.writableNeedDrain);
let drains = 0;
ws.on('drain', () => {
  drains++;
  console.log('drain', ws.writableLength);
  if (drains === 1) ws.end('end');
});
ws.on('finish', () => {
  console.log('finish', ws.bytesWritten, 'drains', drains);
  console.log(fs.readFileSync(f, 'utf8').length);
  fs.unlinkSync(f);
});
