// Checksum of a file through a read stream piped into a hash.
const crypto = require('crypto');
const fs = require('fs');

const expected = crypto.createHash('sha1').update(fs.readFileSync(__filename)).digest('hex');
const hash = crypto.createHash('sha1');
fs.createReadStream(__filename)
  .pipe(hash)
  .setEncoding('hex')
  .on('data', (digest) => {
    console.log('streamed digest length', digest.length);
    console.log('same as readFileSync digest:', digest === expected);
  })
  .on('end', () => console.log('end'));
