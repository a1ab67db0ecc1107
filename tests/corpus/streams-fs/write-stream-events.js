// createWriteStream: 'open', 'ready', write() results, 'finish' then 'close', bytesWritten.
const fs = require('fs');
const f = './tmp-write-stream-events.txt';
const ws = fs.createWriteStream(f);
console.log('hwm', ws.writableHighWaterMark, 'pending', ws.pending);
ws.on('open', (fd) => console.log('open', typeof fd));
ws.on('ready', () => console.log('ready'));
console.log('write 1', ws.write('hello '));
console.log('write 2', ws.write(Buffer.from('world')));
ws.end('!\n', () => console.log('end callback', ws.bytesWritten));
ws.on('finish', () => console.log('finish', ws.bytesWritten));
ws.on('close', () => {
  console.log('close', JSON.stringify(fs.readFileSync(f, 'utf8')));
  fs.unlinkSync(f);
});
