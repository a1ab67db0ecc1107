// createReadStream: 'open' and 'ready' after the open request, 64 KiB chunks, 'end' then 'close'.
const fs = require('fs');
const f = './tmp-read-stream-events.txt';
fs.writeFileSync(f, 'abcdefghij'.repeat(15000));
const rs = fs.createReadStream(f);
console.log('before open:', rs.pending, rs.fd, rs.readableHighWaterMark, rs.bytesRead, rs.path === f);
rs.on('open', (fd) => console.log('open', typeof fd, rs.pending));
rs.on('ready', () => console.log('ready'));
rs.on('data', (chunk) => console.log('data', chunk.length, rs.bytesRead, Buffer.isBuffer(chunk)));
rs.on('end', () => console.log('end', rs.bytesRead, rs.readableEnded));
rs.on('close', () => {
  console.log('close', rs.destroyed, rs.fd, rs.closed);
  fs.unlinkSync(f);
});
