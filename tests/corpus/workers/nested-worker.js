// A worker can start its own worker; messages are relayed back up in order.
const { Worker } = require('worker_threads');
const outer = new Worker(`
  const { Worker, parentPort, threadId, isMainThread } = require('worker_threads');
  const inner = new Worker(\`
    const { parentPort, threadId } = require('worker_threads');
    parentPort.postMessage('inner threadId ' + threadId);
  \`, { eval: true });
  inner.on('message', (m) => parentPort.postMessage('relayed: ' + m));
  inner.on('exit', (c) => parentPort.postMessage('inner exited ' + c + '; outer threadId ' + threadId + ', isMainThread ' + isMainThread));
`, { eval: true });
outer.on('message', (m) => console.log(m));
outer.on('exit', (c) => console.log('outer exited', c));
