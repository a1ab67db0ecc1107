// Context loss: a callback registered before run() (a listener, a pending promise's resolver).
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const em = new EventEmitter();
let release;
const gate = new Promise((r) => { release = r; });
gate.then(() => console.log('then registered before run:', als.getStore()));
em.on('done', () => setImmediate(() => console.log('immediate from listener:', als.getStore())));
als.run('late', () => {
  release();
  em.emit('done');
  console.log('inside run:', als.getStore());
});
