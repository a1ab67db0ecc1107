// Readable.from(asyncGenerator): interleaving of producer and consumer.
const { Readable } = require('stream');
async function* produce() {
  for (let i = 1; i <= 3; i++) {
    console.log('produce', i);
    yield i;
  }
  console.log('producer done');
}
const r = Readable.from(produce());
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('sync end');
