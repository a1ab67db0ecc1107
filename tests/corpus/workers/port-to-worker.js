// Transfer a MessagePort to a worker: the two talk on their own channel, not via parentPort.
const { Worker, MessageChannel } = require('worker_threads');
const { once } = require('events');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', ({ port, greeting }) => {
    port.postMessage(greeting + ' back over the private port');
    port.on('message', (m) => {
      port.postMessage('echo: ' + m);
      port.close();
    });
  });
`, { eval: true });
const { port1, port2 } = new MessageChannel();
w.postMessage({ port: port2, greeting: 'hello' }, [port2]);
port1.on('message', (m) => {
  console.log('main got:', m);
  if (m.startsWith('hello')) port1.postMessage('ping');
});
const exited = once(w, 'exit');
port1.on('close', async () => {
  console.log('private port closed');
  const [code] = await exited; // the worker ends once its ports are closed
  console.log('worker exit', code);
});
