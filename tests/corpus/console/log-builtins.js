// Dates, regular expressions and boxed primitives.
console.log(new Date(0), new Date(Date.UTC(2024, 1, 29, 12, 30, 15, 250)));
console.log([new Date(86400000)], { when: new Date(1e12) });
console.log(new Date(NaN));
console.log(/ab+c/gi, [/x\/y/m], { re: new RegExp('a.b', 'su') });
console.log(new Number(3), new String('text'), new Boolean(false), Object(7n), Object(Symbol('boxed')));
console.log([new Number(-0), new String('')]);
const d = new Date(0);
d.label = 'epoch';
console.log(d);
console.log(Math, JSON, globalThis.Reflect === Reflect);
