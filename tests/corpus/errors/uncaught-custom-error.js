// An uncaught custom error with extra properties: stderr shows them; exit 1.
class ValidationError extends Error {
  constructor(field) {
    super(`invalid field: ${field}`);
    this.name = 'ValidationError';
    this.field = field;
    this.code = 'E_VALIDATION';
  }
}
setImmediate(() => { throw new ValidationError('email'); });
