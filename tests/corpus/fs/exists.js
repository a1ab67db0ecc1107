// existsSync and the callback-style fs.exists (a single boolean argument).
const fs = require('fs');
console.log(fs.existsSync(__filename), fs.existsSync('./tmp-nope-exists.txt'));
fs.exists(__filename, (a, b) => {
  console.log('exists callback', a, b);
  fs.exists('./tmp-nope-exists.txt', (e) => console.log('missing', e));
});
