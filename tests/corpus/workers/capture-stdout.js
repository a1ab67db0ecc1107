// stdout: true hands the worker's output to worker.stdout instead of the terminal.
const { Worker } = require('worker_threads');
const w = new Worker(`
  process.stdout.write('partial ');
  console.log('line from worker');
`, { eval: true, stdout: true });
let captured = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (chunk) => { captured += chunk; });
w.stdout.on('end', () => console.log('captured:', JSON.stringify(captured)));
w.on('exit', (code) => console.log('exit', code));
