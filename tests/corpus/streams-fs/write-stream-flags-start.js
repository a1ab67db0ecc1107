// flags 'a' appends; start writes at an offset of an existing file (flags 'r+').
const fs = require('fs');
const f = './tmp-write-stream-flags.txt';
fs.writeFileSync(f, '0123456789');
const a = fs.createWriteStream(f, { flags: 'a' });
a.end('APPENDED', () => {
  console.log(fs.readFileSync(f, 'utf8'));
  const b = fs.createWriteStream(f, { flags: 'r+', start: 2 });
  b.end('xy', () => {
    console.log(fs.readFileSync(f, 'utf8'));
    fs.unlinkSync(f);
  });
});
