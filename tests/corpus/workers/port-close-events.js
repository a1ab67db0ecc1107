// close() on one port emits 'close' on both ports; messages after close are dropped silently.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port2.on('message', (m) => console.log('port2 message', m));
port1.postMessage('before close');
port1.close();
port1.postMessage('after close');
console.log('closed synchronously; events come later');
