// push() returns false once the buffer reaches highWaterMark; _read is called again below it.
const { Readable } = require('stream');

let reads = 0;
const r = new Readable({
  highWaterMark: 10,
  read(size) {
    reads++;
    console.log('_read #' + reads, 'size', size, 'length', this.readableLength);
  },
});
console.log('push 4 ->', r.push('aaaa'), r.readableLength);
console.log('push 4 ->', r.push('bbbb'), r.readableLength);
console.log('push 4 ->', r.push('cccc'), r.readableLength);
console.log('push empty ->', r.push(''), r.readableLength);
setImmediate(() => {
  console.log('reads so far', reads);
  console.log('read(6)', String(r.read(6)), 'length', r.readableLength);
  console.log('read(6)', String(r.read(6)), 'length', r.readableLength);
  setImmediate(() => {
    console.log('reads so far', reads);
    console.log('push null ->', r.push(null));
    console.log('push after null: ended, returns', r.push !== undefined);
    r.on('end', () => console.log('end'));
    r.resume();
  });
});
