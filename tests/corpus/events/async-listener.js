const EventEmitter = require('events');

const e = new EventEmitter();
e.on('work', async (n) => {
  console.log('async listener start', n);
  await null;
  console.log('async listener after await', n);
});
e.on('work', (n) => console.log('sync listener', n));
console.log('emit returned', e.emit('work', 1));
console.log('after emit');
const e2 = new EventEmitter({ captureRejections: false });
e2.on('x', async () => { throw new Error('ignored?'); });
process.on('unhandledRejection', (err) => console.log('unhandledRejection', err.message));
e2.emit('x');
console.log('captureRejections default', EventEmitter.captureRejections);
