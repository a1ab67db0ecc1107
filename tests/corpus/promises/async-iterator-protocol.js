// for await over a hand-written async iterator and over an array of promises.
const iterable = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return {
      next() {
        i++;
        return Promise.resolve(i <= 3 ? { value: i * 10, done: false } : { value: undefined, done: true });
      },
      return() { console.log('return called'); return Promise.resolve({ done: true }); },
    };
  },
};
(async () => {
  for await (const v of iterable) console.log('iter', v);
  for await (const v of [Promise.resolve('p1'), 'plain', new Promise((r) => setTimeout(() => r('p3'), 5))]) console.log('arr', v);
  for await (const v of iterable) { console.log('early', v); break; }
})();
