// A Hash is a Transform: data goes in the writable side, the digest comes out of the readable side.
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');

const chunks = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    chunks.push(chunk);
    cb();
  },
});
const hash = crypto.createHash('sha256');
hash.setEncoding('hex');
pipeline(Readable.from(['alpha ', 'beta ', 'gamma']), hash, sink, (err) => {
  console.log('pipeline finished', err);
  console.log('chunks received:', chunks.length);
  console.log('digest:', chunks.join(''));
  console.log('matches:', chunks.join('') === crypto.createHash('sha256').update('alpha beta gamma').digest('hex'));
});
