// Counting lines of a file with readline over a read stream.
const fs = require('fs');
const readline = require('readline');
const f = './tmp-line-count.txt';
fs.writeFileSync(f, 'alpha\nbeta\r\ngamma\n\ndelta');
const rl = readline.createInterface({ input: fs.createReadStream(f), crlfDelay: Infinity });
let n = 0;
rl.on('line', (line) => console.log(++n, JSON.stringify(line)));
rl.on('close', () => {
  console.log('lines', n);
  fs.unlinkSync(f);
});
