// Messages are structured clones: functions cannot be sent (DataCloneError), the clone is a copy.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const obj = { nested: { x: 1 } };
port2.once('message', (m) => {
  console.log('received', m, 'same object:', m === obj);
  port1.close();
});
try {
  port1.postMessage({ fn() {} });
} catch (e) {
  console.log(e.name);
}
port1.postMessage(obj);
obj.nested.x = 2;
console.log('structuredClone global:', structuredClone(new Map([[1, { a: 1 }]])));
