// A chain of dependent fs callbacks runs in order; ticks from each callback run right after it.
const fs = require('fs');
const f = './tmp-sequential-chain.txt';
fs.writeFile(f, '1', () => {
  process.nextTick(() => console.log('tick after write'));
  console.log('write done');
  fs.appendFile(f, '2', () => {
    console.log('append done');
    fs.readFile(f, 'utf8', (e, d) => {
      console.log('read', d);
      fs.unlink(f, () => console.log('unlink done'));
    });
  });
});
