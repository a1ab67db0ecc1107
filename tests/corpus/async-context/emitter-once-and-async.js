// Listeners (on, once, prependListener) run synchronously inside emit(), so they see emit's store.
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const bus = new EventEmitter();
als.run('setup', () => {
  bus.on('job', (n) => console.log('on:', n, als.getStore()));
  bus.once('job', (n) => console.log('once:', n, als.getStore()));
  bus.prependListener('job', (n) => console.log('prepend:', n, als.getStore()));
});
als.run('emit-A', () => bus.emit('job', 1));
setTimeout(() => als.run('emit-B', () => bus.emit('job', 2)), 1);
bus.emit('job', 3);
