// An async function that throws returns a rejected promise instead of throwing synchronously.
async function f() { throw new Error('async boom'); }
let p;
try {
  p = f();
  console.log('no synchronous throw; got a', p.constructor.name);
} catch (e) {
  console.log('unexpected');
}
p.catch((e) => console.log('caught', e.message));
(async () => {
  try {
    await f();
  } catch (e) {
    console.log('try/catch around await:', e.message);
  }
})();
