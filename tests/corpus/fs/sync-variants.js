// Sync variants run immediately, in program order, before any callback.
const fs = require('fs');
const f = './tmp-sync-variants.txt';
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
fs.writeFileSync(f, 'line1\n');
fs.appendFileSync(f, 'line2\n');
console.log(fs.readFileSync(f, 'utf8').trim().split('\n'));
console.log(fs.statSync(f).size);
fs.renameSync(f, f + '.renamed');
console.log(fs.existsSync(f), fs.existsSync(f + '.renamed'));
fs.unlinkSync(f + '.renamed');
console.log('sync done');
