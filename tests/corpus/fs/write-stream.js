// createWriteStream: write, end, 'finish' before 'close'; then read back.
const fs = require('fs');
const f = './tmp-write-stream.txt';
const ws = fs.createWriteStream(f);
ws.write('one ');
ws.write('two ');
ws.end('three', () => console.log('end callback'));
ws.on('finish', () => console.log('finish'));
ws.on('close', () => {
  console.log('close', fs.readFileSync(f, 'utf8'));
  fs.unlinkSync(f);
});
