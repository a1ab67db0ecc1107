// An async function runs synchronously until its first await; a throw before it still
// becomes a rejection, not a synchronous exception.
async function f() {
  console.log('f: sync part');
  throw new Error('thrown before any await');
}
let p;
try {
  p = f();
  console.log('no synchronous exception; got a', p.constructor.name);
} catch (e) {
  console.log('never');
}
p.catch((e) => console.log('rejection:', e.message));
console.log('main done');
