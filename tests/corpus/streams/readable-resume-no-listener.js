// resume() without a 'data' listener consumes and discards the data, then ends.
const { Readable } = require('stream');

let reads = 0;
const r = new Readable({
  read() {
    reads++;
    this.push(reads <= 3 ? 'x' : null);
  },
});
r.on('end', () => console.log('end after', reads, 'reads; readableDidRead', r.readableDidRead));
r.on('close', () => console.log('close'));
r.resume();
console.log('flowing', r.readableFlowing);

const held = new Readable({ read() {} });
held.push('data');
held.push(null);
setImmediate(() => {
  console.log('not consumed: no end yet, ended flag', held.readableEnded, 'length', held.readableLength);
  held.on('end', () => console.log('held end'));
  held.read();
});
