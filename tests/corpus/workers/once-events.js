// events.once works with workers: await the first message, then the exit code.
const { Worker } = require('worker_threads');
const { once } = require('events');
async function main() {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', (x) => parentPort.postMessage(x * 2));
  `, { eval: true });
  const exited = once(w, 'exit'); // listen now: 'exit' may come right after the message
  w.postMessage(21);
  const [answer] = await once(w, 'message');
  console.log('answer', answer);
  const [code] = await exited;
  console.log('exit code', code);
}
main();
