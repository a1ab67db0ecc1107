// What bound functions and snapshots look like: name, length, asyncResource, this binding.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
function greet(greeting, punctuation) { return `${greeting}, ${this && this.name}${punctuation} (${als.getStore()})`; }
const bound = als.run('bound-ctx', () => AsyncResource.bind(greet));
console.log(bound.name, bound.length, typeof bound.asyncResource, bound.asyncResource instanceof AsyncResource);
console.log(Object.keys(bound));
console.log(bound.call({ name: 'ada' }, 'hello', '!'));
const withThis = als.run('this-ctx', () => new AsyncResource('X').bind(greet, { name: 'bob' }));
console.log(withThis.name, withThis.length);
console.log(withThis.call({ name: 'ignored' }, 'hi', '?'));
const snap = als.run('snap-ctx', () => AsyncLocalStorage.snapshot());
console.log(typeof snap, snap.length);
console.log(snap(() => als.getStore()));
