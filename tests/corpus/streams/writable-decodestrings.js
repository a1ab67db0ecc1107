// decodeStrings, defaultEncoding, setDefaultEncoding and encoding arguments.
const { Writable } = require('stream');

function make(opts) {
  return new Writable({
    ...opts,
    write(chunk, encoding, cb) {
      console.log(' ', Buffer.isBuffer(chunk) ? `Buffer<${chunk.toString('hex')}>` : JSON.stringify(chunk), encoding);
      cb();
    },
  });
}
console.log('default (decodeStrings true):');
const a = make({});
a.write('hé');
a.write('aGk=', 'base64');
a.write('ff00', 'hex');
console.log('decodeStrings false:');
const b = make({ decodeStrings: false });
b.write('hé');
b.write('aGk=', 'base64');
b.write(Buffer.from('x'));
console.log('defaultEncoding hex:');
const c = make({ defaultEncoding: 'hex' });
c.write('abcd');
c.setDefaultEncoding('BASE64');
c.write('AQI=');
try {
  c.setDefaultEncoding('nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
try {
  c.write('x', 'bogus');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log('write with "buffer" encoding ok', c.write(Buffer.from('q'), 'buffer'));
