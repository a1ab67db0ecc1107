// A synchronous call into a worker: post a request, Atomics.wait, then receiveMessageOnPort.
const { Worker, MessageChannel, receiveMessageOnPort } = require('worker_threads');
const signal = new Int32Array(new SharedArrayBuffer(4));
const { port1, port2 } = new MessageChannel();
const w = new Worker(`
  const { workerData: { port, signal } } = require('worker_threads');
  port.on('message', (n) => {
    port.postMessage(n * n);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
`, { eval: true, workerData: { port: port2, signal }, transferList: [port2] });
function squareSync(n) {
  Atomics.store(signal, 0, 0);
  port1.postMessage(n);
  Atomics.wait(signal, 0, 0);
  return receiveMessageOnPort(port1).message;
}
console.log('square(7) =', squareSync(7));
console.log('square(12) =', squareSync(12));
port1.close();
w.on('exit', (c) => console.log('worker exit', c));
