// flags: 'a' appends; the stream is destroyed after an error opening a directory.
const fs = require('fs');
const f = './tmp-append.txt';
fs.writeFileSync(f, 'first\n');
const ws = fs.createWriteStream(f, { flags: 'a' });
ws.end('second\n');
ws.on('close', () => {
  console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
  fs.unlinkSync(f);
  fs.mkdirSync('./tmp-a-dir', { recursive: true });
  const bad = fs.createWriteStream('./tmp-a-dir');
  bad.on('error', (e) => {
    console.log('error', e.code, e.syscall);
    fs.rmdirSync('./tmp-a-dir');
  });
  bad.on('close', () => console.log('bad close', bad.destroyed));
});
