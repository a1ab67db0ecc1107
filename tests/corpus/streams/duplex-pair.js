// stream.duplexPair(): writes to one side come out of the other.
const { duplexPair } = require('stream');

const [a, b] = duplexPair();
a.on('data', (d) => console.log('a received', String(d)));
b.on('data', (d) => console.log('b received', String(d)));
a.write('hello from a');
b.write('hello from b');
a.end();
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
setImmediate(() => b.end());
a.on('end', () => console.log('a end'));
