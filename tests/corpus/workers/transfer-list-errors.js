// What postMessage rejects in the transferList, and what it returns.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function attempt(label, fn) {
  try {
    console.log(label, '->', fn());
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(8);
attempt('typed array, not its buffer', () => port1.postMessage(new Uint8Array(ab), [new Uint8Array(ab)]));
attempt('duplicate buffer', () => port1.postMessage(ab, [ab, ab]));
attempt('the sending port itself', () => port1.postMessage('x', [port1]));
attempt('port not in the list', () => port1.postMessage({ port: port2 }));
attempt('not iterable', () => port1.postMessage('x', 42));
attempt('no arguments', () => port1.postMessage());
attempt('transfer ok', () => port1.postMessage(ab, [ab]));
attempt('clone a detached buffer', () => port1.postMessage(ab));
port1.close();
