// Several then() on the same promise run in registration order; a chain interleaves.
const p = Promise.resolve('v');
p.then(() => console.log('A1')).then(() => console.log('A2'));
p.then(() => console.log('B1')).then(() => console.log('B2'));
p.then(() => console.log('C1'));
