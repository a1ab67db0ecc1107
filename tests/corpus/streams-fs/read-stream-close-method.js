// close(cb) destroys the stream; the callback runs once it is closed.
const fs = require('fs');
const f = './tmp-read-stream-close.txt';
fs.writeFileSync(f, 'c'.repeat(1000));
const rs = fs.createReadStream(f);
rs.on('open', () => {
  console.log('open');
  rs.close((err) => {
    console.log('close callback', err === undefined ? 'undefined' : err && err.code, rs.destroyed);
    fs.unlinkSync(f);
  });
});
rs.on('close', () => console.log('close event'));
