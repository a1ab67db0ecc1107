// MessagePort also speaks EventTarget: onmessage and addEventListener receive a MessageEvent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.onmessage = (event) => {
  console.log('onmessage:', event.data, 'type:', event.type, 'ports:', event.ports.length);
};
port2.addEventListener('message', (event) => {
  console.log('listener:', event.data);
  if (event.data === 2) port2.close();
}, { once: false });
port1.postMessage(1);
port1.postMessage(2);
