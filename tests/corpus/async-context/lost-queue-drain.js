// Context loss: callbacks queued in a plain array run in the context of whoever drains it.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const queue = [];
function enqueue(fn) { queue.push(fn); }
function enqueueBound(fn) { queue.push(AsyncResource.bind(fn)); }
als.run('request-1', () => enqueue(() => console.log('plain job sees', als.getStore())));
als.run('request-2', () => enqueueBound(() => console.log('bound job sees', als.getStore())));
als.run('request-3', () => {
  const snapshot = AsyncLocalStorage.snapshot();
  queue.push(() => snapshot(() => console.log('snapshot job sees', als.getStore())));
});
als.run('drainer', () => setTimeout(() => {
  while (queue.length) queue.shift()();
}, 1));
