// An EventEmitter listener wrapped with AsyncResource.bind runs in its registration context.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const em = new EventEmitter();
als.run('registration', () => {
  em.on('evt', AsyncResource.bind(() => console.log('bound listener sees', als.getStore())));
  em.on('evt', () => console.log('plain listener sees', als.getStore()));
});
als.run('emitter', () => em.emit('evt'));
