// Promise.all keeps input order, accepts non-promises, and resolves [] for an empty iterable.
const later = (v, ms) => new Promise((r) => setTimeout(() => r(v), ms));
Promise.all([later('slow', 20), later('fast', 5), 'plain', Promise.resolve('resolved')]).then((vs) => console.log(vs));
Promise.all([]).then((vs) => console.log('empty', vs));
Promise.all(new Set([1, 2])).then((vs) => console.log('set', vs));
