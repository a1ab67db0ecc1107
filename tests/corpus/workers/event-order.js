// 'online' comes first, then each message, then 'exit'; the worker only answers after being asked.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.once('message', (msg) => {
    parentPort.postMessage('reply to ' + msg);
    parentPort.postMessage('second reply');
  });
`, { eval: true });
const events = [];
w.on('online', () => {
  events.push('online');
  w.postMessage('ping');
});
w.on('message', (m) => events.push('message: ' + m));
w.on('exit', (code) => {
  events.push('exit ' + code);
  console.log(events.join('\n'));
});
