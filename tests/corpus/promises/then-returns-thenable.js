// Returning a thenable from a then handler adopts it (with extra turns).
Promise.resolve()
  .then(() => ({ then(res) { console.log('thenable adopted'); res('from thenable'); } }))
  .then((v) => console.log('value:', v));
Promise.resolve()
  .then(() => console.log('a'))
  .then(() => console.log('b'))
  .then(() => console.log('c'))
  .then(() => console.log('d'));
