// markAsUntransferable: a buffer marked so is copied, not moved, even if it is in the transferList.
const { MessageChannel, markAsUntransferable } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const keep = new ArrayBuffer(4);
const move = new ArrayBuffer(4);
markAsUntransferable(keep);
port1.postMessage({ keep, move }, [keep, move]);
console.log('after post: keep', keep.byteLength, 'move', move.byteLength);
port2.once('message', (m) => {
  console.log('received', m.keep.byteLength, m.move.byteLength);
  port2.close();
});
