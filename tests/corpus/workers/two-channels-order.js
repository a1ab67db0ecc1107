// Two channels on one thread: messages posted in one tick arrive before the next check phase,
// grouped by port (in the order the ports were made), not in posting order.
const { MessageChannel } = require('worker_threads');
const a = new MessageChannel();
const b = new MessageChannel();
for (const [name, ch] of [['a', a], ['b', b]]) {
  ch.port2.on('message', (m) => {
    console.log(name, 'got', m);
    if (m === 'last') ch.port2.close();
  });
}
b.port1.postMessage('b1');
a.port1.postMessage('a1');
b.port1.postMessage('b2');
a.port1.postMessage('last');
setImmediate(() => {
  console.log('immediate');
  b.port1.postMessage('last');
});
