class ValidationError extends Error {
  constructor(message, field) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
    Error.captureStackTrace(this, this.constructor);
  }
}
try { throw new ValidationError('bad email', 'email'); } catch (e) {
  console.log(e.name, e.message, e.field);
  console.log(e instanceof ValidationError, e instanceof Error);
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e));
}
const o = { name: 'Custom', message: 'hello' };
Error.captureStackTrace(o);
console.log(o.stack.split('\n')[0], Object.keys(o));
const p = {};
Error.captureStackTrace(p);
console.log(p.stack.split('\n')[0]);
console.log(typeof Error.stackTraceLimit, Error);
