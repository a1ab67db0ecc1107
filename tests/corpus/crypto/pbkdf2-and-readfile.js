// Both fs and crypto use the threadpool: a quick readFile finishes long before pbkdf2.
const crypto = require('crypto');
const fs = require('fs');

crypto.pbkdf2('a', 'b', 100000, 64, 'sha512', () => console.log('pbkdf2 done'));
fs.readFile(__filename, (err, data) => console.log('readFile done', err, data.length > 0));
setImmediate(() => console.log('immediate'));
console.log('queued');
