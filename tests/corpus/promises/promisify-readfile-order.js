// util.promisify(fs.readFile) vs fs.readFile: both complete in the poll phase.
const fs = require('fs');
const util = require('util');
const readFile = util.promisify(fs.readFile);
readFile(__filename, 'utf8').then((text) => console.log('promisified: first line is a comment:', text.startsWith('//')));
fs.readFile(__filename, 'utf8', (err, text) => console.log('callback: same length:', text.length > 0));
console.log('both started');
