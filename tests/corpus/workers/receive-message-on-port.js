// receiveMessageOnPort reads a queued message synchronously, wrapped in { message }.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ hello: 'world' });
port1.postMessage([1, 2, 3]);
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
try {
  receiveMessageOnPort({});
} catch (e) {
  console.log(e.name, e.code);
}
port1.close();
