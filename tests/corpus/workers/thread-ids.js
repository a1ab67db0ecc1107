// threadId: 0 on the main thread, then 1, 2, 3… in creation order; -1 on a Worker after it exits.
const { Worker, threadId } = require('worker_threads');
console.log('main threadId', threadId);
const ws = [1, 2, 3].map(() => new Worker(`
  const { parentPort, threadId } = require('worker_threads');
  parentPort.postMessage(threadId);
`, { eval: true }));
console.log('worker.threadId', ws.map((w) => w.threadId));
let done = 0;
const seen = [];
for (const [i, w] of ws.entries()) {
  w.on('message', (id) => { seen[i] = id; });
  w.on('exit', () => {
    if (++done === ws.length) {
      console.log('inside the workers', seen);
      console.log('after exit', ws.map((w) => w.threadId));
    }
  });
}
