// EventEmitter listeners run in the context of the emit() call, not where on() was called.
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const em = new EventEmitter();
als.run('listener-ctx', () => {
  em.on('evt', () => console.log('listener sees', als.getStore()));
});
als.run('emit-1', () => em.emit('evt'));
als.run('emit-2', () => setTimeout(() => em.emit('evt'), 1));
em.emit('evt');
