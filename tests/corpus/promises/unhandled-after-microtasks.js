// A rejection handled in a later tick or microtask of the same drain is not "unhandled".
const p = Promise.reject(new Error('late handled'));
process.nextTick(() => {
  Promise.resolve().then(() => {
    p.catch((e) => console.log('caught', e.message));
  });
});
