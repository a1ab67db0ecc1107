// console.log of primitives: numbers (-0, NaN, exponents), bigints, symbols, strings as-is.
console.log(1, -1, 0, -0, 1.5, 1e21, 1e-7, NaN, Infinity, -Infinity);
console.log(0.1 + 0.2, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2);
console.log(10n, -5n, 2n ** 70n);
console.log(true, false, null, undefined);
console.log(Symbol('desc'), Symbol(), Symbol.for('registered'), Symbol.iterator);
console.log('a string', "it's", 'tab\there');
console.log();
console.log('');
console.log([-0, 0, +0], { z: -0 });
console.log([undefined, null, true, 1n, Symbol('s')]);
