// On already-resolved inputs, the combinators settle a couple of turns after plain then.
const label = (name) => () => console.log(name);
Promise.all([1, 2]).then(label('all'));
Promise.allSettled([1]).then(label('allSettled'));
Promise.race([1]).then(label('race'));
Promise.any([1]).then(label('any'));
Promise.resolve().then(label('then 1')).then(label('then 2')).then(label('then 3'));
