// argv and env options: process.argv in the worker gets the extra arguments; env is a copy.
const { Worker } = require('worker_threads');
process.env.GREETING = 'hi';
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage({ extra: process.argv.slice(2), greeting: process.env.GREETING, only: process.env.ONLY });
`, { eval: true, argv: ['--fast', 3], env: { ONLY: 'this' } });
w.on('message', (m) => console.log(m));
