// resourceLimits: once running, the Worker reports its limits (defaults filled in), as the worker does; {} after exit.
const { Worker, resourceLimits } = require('worker_threads');
console.log('main thread:', resourceLimits);
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
`, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 64, stackSizeMb: 2 } });
w.on('message', (m) => {
  console.log('inside:', m);
  console.log('worker.resourceLimits:', w.resourceLimits);
});
w.on('exit', () => console.log('after exit:', w.resourceLimits));
