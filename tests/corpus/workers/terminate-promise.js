// terminate() returns a promise for the exit code; terminating an exited worker resolves undefined.
const { Worker } = require('worker_threads');
const w = new Worker(`setInterval(() => {}, 1000);`, { eval: true });
w.on('online', async () => {
  const p = w.terminate();
  console.log('terminate returned a promise:', p instanceof Promise);
  const code = await p;
  console.log('first terminate ->', code);
  console.log('second terminate ->', await w.terminate());
});
w.on('exit', (code) => console.log('exit event', code));
