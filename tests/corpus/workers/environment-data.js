// setEnvironmentData: values set before a Worker is made are cloned into it.
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');
setEnvironmentData('config', { level: 3, tags: new Set(['a']) });
setEnvironmentData('later', 'set before creating');
console.log('main sees', getEnvironmentData('config'));
const w = new Worker(`
  const { getEnvironmentData, parentPort } = require('worker_threads');
  parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData('later'), getEnvironmentData('missing')]);
`, { eval: true });
setEnvironmentData('later', 'changed after creating');
w.on('message', (m) => console.log('worker sees', m));
