// write() returns length < highWaterMark, computed after a synchronous _write completed.
const { Writable } = require('stream');

const sync = new Writable({ highWaterMark: 10, write(c, e, cb) { cb(); } });
sync.on('drain', () => console.log('sync drain (never: length was 0 when measured)'));
console.log('sync write 10 bytes ->', sync.write(Buffer.alloc(10)), 'length', sync.writableLength, 'needDrain', sync.writableNeedDrain);
console.log('sync write 25 bytes ->', sync.write(Buffer.alloc(25)), 'length', sync.writableLength);

const held = [];
const slow = new Writable({ highWaterMark: 10, write(c, e, cb) { held.push(cb); } });
slow.on('drain', () => console.log('slow drain, length', slow.writableLength));
console.log('slow write 4 ->', slow.write('aaaa'), slow.writableLength);
console.log('slow write 5 ->', slow.write('bbbbb'), slow.writableLength);
console.log('slow write 1 ->', slow.write('c'), slow.writableLength, 'needDrain', slow.writableNeedDrain);
console.log('slow write 1 ->', slow.write('d'), slow.writableLength);
console.log('buffered requests', slow.writableBuffer.length);
function release() {
  const cb = held.shift();
  if (!cb) return;
  console.log('completing a write; length before', slow.writableLength);
  cb();
  setImmediate(release);
}
setImmediate(release);

const zero = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
zero.on('drain', () => console.log('zero drain'));
console.log('hwm 0 write ->', zero.write('x'));
