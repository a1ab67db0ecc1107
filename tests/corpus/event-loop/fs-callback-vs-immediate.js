// An immediate scheduled by the main script runs before a readFile callback (readFile takes several loop trips).
const fs = require('fs');
fs.readFile(__filename, 'utf8', (err, s) => console.log('readFile', err, s.split('\n')[0].slice(0, 2)));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
