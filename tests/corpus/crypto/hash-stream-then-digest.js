// Reading the digest from the stream side, then calling digest() too: Node returns it again.
const crypto = require('crypto');

const h = crypto.createHash('sha256');
h.end('payload');
h.on('readable', () => {
  const chunk = h.read();
  if (chunk !== null) console.log('read', chunk.toString('hex'));
});
h.on('end', () => {
  console.log('digest() after end', h.digest('hex'));
  try {
    h.digest('hex');
  } catch (e) {
    console.log(e.code);
  }
});
