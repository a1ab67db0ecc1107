// require('fs/promises') is the same object as require('fs').promises.
const fs = require('fs');
console.log(require('fs/promises') === fs.promises);
console.log(require('node:fs/promises') === fs.promises);
console.log(typeof fs.promises.readFile, typeof fs.promises.open);
