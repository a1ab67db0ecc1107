// Corked writes without _writev are written one by one on uncork.
const { Writable } = require('stream');

const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    console.log('_write', chunk, enc);
    setImmediate(cb);
  },
});
w.cork();
w.write('one');
w.write('two', 'latin1');
w.write(Buffer.from('three'));
console.log('corked length', w.writableLength);
setImmediate(() => {
  console.log('uncork');
  w.uncork();
  w.end();
});
w.on('finish', () => console.log('finish'));
