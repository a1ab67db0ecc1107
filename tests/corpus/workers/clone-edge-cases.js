// Structured clone keeps own enumerable string keys, array holes and extra props; drops symbols,
// non-enumerables and accessors (the getter's value is copied instead).
const src = {
  get computed() { return 'from getter'; },
  [Symbol('hidden')]: 'symbol keys are dropped',
  sparse: Object.assign([1, , 3], { label: 'extra' }),
  invalidDate: new Date(NaN),
  negZero: -0,
  big: 2n ** 64n,
};
Object.defineProperty(src, 'secret', { value: 'non-enumerable', enumerable: false });
const copy = structuredClone(src);
console.log(copy);
console.log('getter became data:', Object.getOwnPropertyDescriptor(copy, 'computed').value);
console.log('-0 kept:', Object.is(copy.negZero, -0));
const nullProto = structuredClone(Object.create(null));
console.log('null prototype becomes Object.prototype:', Object.getPrototypeOf(nullProto) === Object.prototype);
