// Event order when a Hash is written and ended as a stream.
const crypto = require('crypto');

const h = crypto.createHash('md5');
h.on('data', (d) => console.log('data', Buffer.isBuffer(d), d.toString('hex')));
h.on('finish', () => console.log('finish'));
h.on('end', () => console.log('end'));
h.on('close', () => console.log('close'));
console.log('write returns', h.write('abc'));
h.end();
console.log('after end()');
process.nextTick(() => console.log('tick'));
