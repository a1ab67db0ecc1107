// Readable.wrap turns an old-style emitter of 'data'/'end' into a modern readable.
const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old pause');
old.resume = () => console.log('old resume');
const r = new Readable({ objectMode: true }).wrap(old);
(async () => {
  for await (const x of r) console.log('item', x);
  console.log('done');
})();
old.emit('data', 'one');
old.emit('data', 'two');
setTimeout(() => old.emit('end'), 5);
