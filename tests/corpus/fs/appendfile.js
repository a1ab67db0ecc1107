// appendFile creates the file if needed and appends; writeFile with flag 'a' appends too.
const fs = require('fs');
const f = './tmp-appendfile.txt';
fs.appendFile(f, 'one\n', () => {
  fs.appendFile(f, 'two\n', () => {
    fs.writeFile(f, 'three\n', { flag: 'a' }, () => {
      console.log(fs.readFileSync(f, 'utf8').split('\n'));
      fs.unlinkSync(f);
    });
  });
});
