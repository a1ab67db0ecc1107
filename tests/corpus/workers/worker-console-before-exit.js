// A worker's console output reaches the terminal before its 'exit' event fires in the parent.
const { Worker } = require('worker_threads');
const w = new Worker(`
  console.log('worker line 1');
  console.log('worker line 2');
`, { eval: true });
w.on('exit', (code) => console.log('parent: worker exited', code));
