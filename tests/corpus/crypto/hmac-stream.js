// An Hmac is a stream too.
const crypto = require('crypto');
const { pipeline, Readable } = require('stream');

const hmac = crypto.createHmac('sha256', 'stream-key');
pipeline(Readable.from([Buffer.from('one '), Buffer.from('two '), 'three']), hmac, (err) => {
  console.log('done', err);
  const out = hmac.read();
  console.log(out.length, out.toString('hex'));
  console.log(out.toString('hex') === crypto.createHmac('sha256', 'stream-key').update('one two three').digest('hex'));
});
