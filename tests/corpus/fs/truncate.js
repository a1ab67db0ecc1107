// truncate shortens a file; writeFile replaces content.
const fs = require('fs');
const f = './tmp-truncate.txt';
fs.writeFileSync(f, 'abcdefghij');
fs.truncate(f, 4, (err) => {
  console.log(err, fs.readFileSync(f, 'utf8'));
  fs.writeFileSync(f, 'Z');
  console.log(fs.readFileSync(f, 'utf8'));
  fs.unlinkSync(f);
});
