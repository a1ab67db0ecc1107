// A listener that starts async work carries the emitter's context into it.
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();
const em = new EventEmitter();
em.on('order', async (id) => {
  console.log(`order ${id} received in`, als.getStore());
  await new Promise((r) => setTimeout(r, id));
  console.log(`order ${id} processed in`, als.getStore());
});
for (const id of [20, 10]) {
  als.run(`request-${id}`, () => em.emit('order', id));
}
