// Rejecting with an instance of a class that is not an Error: Node names it "#<HttpError>".
class HttpError {
  constructor(status) { this.status = status; }
}
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new HttpError(404));
