// await of a native promise costs one turn (no extra wrapping since V8 7.2).
const p = Promise.resolve('p');
(async () => {
  const v = await p;
  console.log('after await', v);
})();
p.then(() => console.log('then 1')).then(() => console.log('then 2')).then(() => console.log('then 3'));
