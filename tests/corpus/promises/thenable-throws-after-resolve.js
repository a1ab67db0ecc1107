// A thenable that resolves and then throws: the throw is ignored.
const t = { then(resolve) { resolve('ok'); throw new Error('ignored'); } };
Promise.resolve(t).then((v) => console.log('resolved with', v), (e) => console.log('rejected', e.message));
const bad = { get then() { throw new Error('getter threw'); } };
Promise.resolve(bad).then(() => console.log('no'), (e) => console.log('rejected:', e.message));
