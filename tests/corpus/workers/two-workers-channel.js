// Two workers talk directly over a MessageChannel whose ports the main thread hands out.
const { Worker, MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const pinger = new Worker(`
  const { workerData: { port } } = require('worker_threads');
  port.postMessage('ping 1');
  port.on('message', (m) => {
    if (m === 'pong 1') port.postMessage('ping 2');
    else { port.postMessage('bye'); port.close(); }
  });
`, { eval: true, workerData: { port: port1 }, transferList: [port1] });
const ponger = new Worker(`
  const { workerData: { port }, parentPort } = require('worker_threads');
  port.on('message', (m) => {
    parentPort.postMessage('ponger saw ' + m);
    if (m.startsWith('ping')) port.postMessage('pong ' + m.slice(5));
  });
`, { eval: true, workerData: { port: port2 }, transferList: [port2] });
ponger.on('message', (m) => console.log(m));
ponger.on('exit', (c) => console.log('ponger exit', c));
