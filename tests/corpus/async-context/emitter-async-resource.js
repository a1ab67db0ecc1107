// EventEmitterAsyncResource runs listeners in the context where the emitter was created.
const { AsyncLocalStorage } = require('async_hooks');
const { EventEmitterAsyncResource } = require('events');
const als = new AsyncLocalStorage();
const em = als.run('created', () => new EventEmitterAsyncResource({ name: 'X' }));
em.on('evt', () => console.log('listener sees', als.getStore()));
als.run('emitter-call', () => em.emit('evt'));
