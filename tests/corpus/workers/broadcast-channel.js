// BroadcastChannel: every channel of the same name in any thread hears a post, except the poster.
const { BroadcastChannel, Worker } = require('worker_threads');
const bc = new BroadcastChannel('jobs');
console.log(bc);
const w = new Worker(`
  const { BroadcastChannel, parentPort } = require('worker_threads');
  const bc = new BroadcastChannel('jobs');
  bc.onmessage = (event) => {
    parentPort.postMessage('worker heard: ' + JSON.stringify(event.data));
    bc.postMessage({ reply: event.data.n * 10 });
    bc.close();
  };
  parentPort.postMessage('ready');
`, { eval: true });
w.on('message', (m) => {
  console.log(m);
  if (m === 'ready') bc.postMessage({ n: 4 });
});
bc.onmessage = (event) => {
  console.log('main heard:', event.data, event instanceof Event, event.type);
  bc.close();
  console.log(bc);
  try {
    bc.postMessage('late');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
