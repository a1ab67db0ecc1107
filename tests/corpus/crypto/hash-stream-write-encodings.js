// Writing strings with an encoding into a Hash stream.
const crypto = require('crypto');

const h = crypto.createHash('sha256');
h.write('68656c6c6f', 'hex');
h.write(' ');
h.write('d29ybGQ=', 'base64');
h.end();
h.on('data', (d) => {
  console.log(d.toString('hex'));
  console.log(d.equals(crypto.createHash('sha256').update('hello world').digest()));
});
