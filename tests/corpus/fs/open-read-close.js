// fs.open/fs.read/fs.close with an explicit buffer and position.
const fs = require('fs');
const f = './tmp-open-read-close.txt';
fs.writeFileSync(f, '0123456789');
fs.open(f, 'r', (err, fd) => {
  console.log('open', err, typeof fd);
  const buf = Buffer.alloc(4);
  fs.read(fd, buf, 0, 4, 3, (err, bytesRead, b) => {
    console.log('read', bytesRead, b.toString(), b === buf);
    fs.read(fd, Buffer.alloc(20), 0, 20, 8, (err, n, b2) => {
      console.log('short read', n, b2.toString('utf8', 0, n));
      fs.close(fd, (err) => {
        console.log('close', err);
        fs.unlinkSync(f);
      });
    });
  });
});
