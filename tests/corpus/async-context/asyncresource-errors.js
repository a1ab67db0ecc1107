// AsyncResource and bind validate their arguments with Node's error codes.
const { AsyncResource, AsyncLocalStorage } = require('async_hooks');
const attempts = {
  'new AsyncResource()': () => new AsyncResource(),
  'new AsyncResource(42)': () => new AsyncResource(42),
  'triggerAsyncId -2': () => new AsyncResource('T', { triggerAsyncId: -2 }),
  'triggerAsyncId 1.5 (number form)': () => new AsyncResource('T', 1.5),
  'AsyncResource.bind(null)': () => AsyncResource.bind(null),
  'resource.bind("x")': () => new AsyncResource('T').bind('x'),
  'AsyncLocalStorage.bind({})': () => AsyncLocalStorage.bind({}),
};
for (const [what, fn] of Object.entries(attempts)) {
  try {
    fn();
    console.log(what, 'did not throw');
  } catch (err) {
    console.log(`${what}: ${err.name} ${err.code}: ${err.message}`);
  }
}
const r = new AsyncResource('T', { triggerAsyncId: 7 });
console.log('explicit triggerAsyncId:', r.triggerAsyncId());
console.log('number form:', new AsyncResource('T', 9).triggerAsyncId());
