// destroy() after the first chunk: no more 'data', no 'end', 'close' once the fd is closed.
const fs = require('fs');
const f = './tmp-read-stream-destroy.txt';
fs.writeFileSync(f, 'y'.repeat(300000));
const rs = fs.createReadStream(f);
let chunks = 0;
rs.on('data', (c) => {
  chunks++;
  console.log('data', c.length);
  rs.destroy();
  console.log('destroyed', rs.destroyed);
});
rs.on('end', () => console.log('end'));
rs.on('close', () => {
  console.log('close after', chunks, 'chunk(s); bytesRead', rs.bytesRead);
  fs.unlinkSync(f);
});
