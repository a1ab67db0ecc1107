// Promise.any takes the first fulfilment; if all reject it rejects with an AggregateError.
Promise.any([Promise.reject(new Error('x')), new Promise((r) => setTimeout(() => r('late ok'), 5)), Promise.reject(new Error('y'))])
  .then((v) => console.log('any:', v));
Promise.any([Promise.reject(new Error('e1')), Promise.reject(new Error('e2'))]).catch((e) => {
  console.log(e instanceof AggregateError, e.name, e.errors.map((x) => x.message));
});
Promise.any([]).catch((e) => console.log('empty any:', e.name, e.errors.length));
