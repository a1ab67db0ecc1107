// pause() stops 'data' until resume(); isPaused() follows.
const fs = require('fs');
const f = './tmp-read-stream-pause.txt';
fs.writeFileSync(f, 'z'.repeat(200000));
const rs = fs.createReadStream(f);
let n = 0;
rs.on('data', (c) => {
  n++;
  console.log('data', n, c.length);
  if (n === 1) {
    rs.pause();
    console.log('paused', rs.isPaused());
    setTimeout(() => {
      console.log('resuming');
      rs.resume();
    }, 20);
  }
});
rs.on('end', () => {
  console.log('end', n);
  fs.unlinkSync(f);
});
