// events.once() returns a promise; the await continuation keeps the awaiting function's store.
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitter, once } = require('events');
const als = new AsyncLocalStorage();
const em = new EventEmitter();
als.run('waiter', async () => {
  const [value] = await once(em, 'ready');
  console.log('got', value, 'in', als.getStore());
});
als.run('emitter', () => setTimeout(() => em.emit('ready', 42), 1));
