// Errors with code properties, custom classes and names; print fields, never stacks.
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.name = 'HttpError';
    this.status = status;
    this.code = 'E_HTTP_' + status;
  }
}
const e = new HttpError(404, 'not found');
console.log(e instanceof HttpError, e instanceof Error, e.name, e.message, e.status, e.code);
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(Object.keys(e));
const plain = Object.assign(new Error('with code'), { code: 'ERR_SOMETHING' });
console.log(plain.code, Object.prototype.toString.call(plain));
