// Error objects are cloneable: the type, message and cause survive, extra properties do not.
const errors = [
  new Error('plain'),
  new RangeError('out of range'),
  new SyntaxError('bad syntax'),
  new Error('with cause', { cause: new TypeError('root') }),
];
errors[0].code = 'ECUSTOM';
for (const e of errors) {
  const c = structuredClone(e);
  console.log(c.constructor.name, c.name, JSON.stringify(c.message), 'code:', c.code,
    'cause:', c.cause && `${c.cause.name}: ${c.cause.message}`,
    'same:', c === e);
}
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
const mine = structuredClone(new MyError('subclass'));
console.log(mine instanceof MyError, mine.constructor.name, mine.name, mine.message);
