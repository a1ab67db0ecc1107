// Error cause survives a rejection chain.
Promise.reject(new Error('low level'))
  .catch((e) => { throw new Error('high level', { cause: e }); })
  .catch((e) => console.log(e.message, '<-', e.cause.message));
