// then callbacks registered on the same promise run in registration order, even if added later.
const p = Promise.resolve('x');
p.then(() => {
  console.log('first');
  p.then(() => console.log('third (added during first)'));
});
p.then(() => console.log('second'));
