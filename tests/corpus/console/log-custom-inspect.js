// Objects can control their output with util.inspect.custom.
const util = require('util');
class Money {
  constructor(amount, currency) {
    this.amount = amount;
    this.currency = currency;
  }
  [util.inspect.custom]() {
    return `Money<${this.amount} ${this.currency}>`;
  }
}
console.log(new Money(5, 'EUR'));
console.log([new Money(1, 'USD'), new Money(2, 'GBP')]);
console.log({ price: new Money(9.99, 'EUR') });
const usesOptions = {
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `depth=${depth} compact=${options.compact} ${inspect({ inner: [1, 2] }, options)}`;
  },
};
console.log(usesOptions);
console.log({ nested: { deeper: usesOptions } });
const replacement = { [util.inspect.custom]() { return { replaced: true, list: [1, 2, 3] }; } };
console.log(replacement);
const multiline = { [util.inspect.custom]() { return 'line one\nline two'; } };
console.log({ key: multiline });
console.log(util.inspect(new Money(1, 'JPY'), { customInspect: false }));
