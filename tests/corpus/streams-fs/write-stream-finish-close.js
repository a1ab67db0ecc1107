// WriteStream: bytesWritten, 'finish' before 'close', reading back the file.
const fs = require('fs');
const f = './tmp-ws-finish.txt';
const ws = fs.createWriteStream(f);
console.log('pending', ws.pending, ws.bytesWritten);
ws.write('hello ');
ws.write(Buffer.from('wörld'));
ws.end('\n', () => console.log('end callback'));
ws.on('open', () => console.log('open'));
ws.on('ready', () => console.log('ready'));
ws.on('finish', () => console.log('finish', ws.bytesWritten, ws.writableFinished));
ws.on('close', () => {
  console.log('close', JSON.stringify(fs.readFileSync(f, 'utf8')));
  fs.unlinkSync(f);
});
