// MessageChannel on the main thread: messages arrive asynchronously, after ticks and promises, in order.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
let n = 0;
port2.on('message', (m) => {
  console.log('port2 got', m);
  if (++n === 3) port2.close();
});
port2.on('close', () => console.log('port2 closed'));
port1.postMessage('a');
port1.postMessage({ b: [1, 2] });
port1.postMessage(3);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
