// finally() passes values and reasons through; a throw in finally replaces them.
Promise.resolve('kept').finally(() => 'ignored').then((v) => console.log('value:', v));
Promise.reject(new Error('kept reason')).finally(() => {}).catch((e) => console.log('reason:', e.message));
Promise.resolve('lost').finally(() => { throw new Error('from finally'); })
  .catch((e) => console.log('replaced by:', e.message));
Promise.resolve(1).finally(() => new Promise((r) => setTimeout(r, 10)))
  .then((v) => console.log('finally waited for its promise, value', v));
