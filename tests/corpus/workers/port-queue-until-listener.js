// A port queues messages until it is started: attaching 'message' starts it and delivers the backlog.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage('one');
port1.postMessage('two');
setTimeout(() => {
  console.log('attaching listener after 20 ms');
  port2.on('message', (m) => {
    console.log('got', m);
    if (m === 'two') port2.close();
  });
}, 20);
