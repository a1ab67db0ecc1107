'use strict';
// nodescope: a simulated `http` server over the simulated `net` (see net.js for the clients).
//
// `http.createServer(handler).listen(port)` gets one 'request' per simulated client. `req` is an
// IncomingMessage (a Readable; the simulated clients send GET-style requests with no body), `res`
// a ServerResponse modelled as a Writable with a 16 KiB highWaterMark (Node v20's socket
// buffer): `write()` returns false once 16 KiB wait for the client, 'drain' comes when the client
// has received them, each write completing at the client's bandwidth. When a client hangs up
// mid-transfer, `res` is destroyed and emits 'close' (no 'error', as in Node: later writes
// return false and their callbacks get ERR_STREAM_DESTROYED), `req` is destroyed too (with
// 'aborted' if it was never read). After 'finish' the connection closes ("Connection: close").
//
// Not simulated: outgoing requests (`http.request`, `http.get`), keep-alive, request bodies,
// header bytes on the wire (writableLength counts the body only).

const { Readable, Writable } = require('stream');
const net = require('net');
const { trackMemory, afterWrite } = require('internal_fs_streams');

/* global internals */
const ns = internals.ns;
const { makeError, invalidArgType, process } = internals;

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

const kSocketHighWaterMark = 16 * 1024;

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

// ---- IncomingMessage -------------------------------------------------------------------------

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  // The simulated client's number names the stream in the trace from its creation on.
  this._client = socket && socket._connection ? socket._connection.client.index : null;
  Reflect.apply(Readable, this, [socket ? { highWaterMark: socket.readableHighWaterMark } : undefined]);
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this._consuming = false;
  this._dumped = false;
  this._headers = null;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(v) { this.socket = v; },
  configurable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'headers', {
  get() {
    if (!this._headers) {
      this._headers = {};
      for (let i = 0; i < this.rawHeaders.length; i += 2) {
        const key = this.rawHeaders[i].toLowerCase();
        if (!(key in this._headers)) this._headers[key] = this.rawHeaders[i + 1];
      }
    }
    return this._headers;
  },
  set(v) { this._headers = v; },
  configurable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  get() {
    const out = {};
    for (let i = 0; i < this.rawHeaders.length; i += 2) {
      const key = this.rawHeaders[i].toLowerCase();
      (out[key] = out[key] || []).push(this.rawHeaders[i + 1]);
    }
    return out;
  },
  configurable: true,
});
Object.defineProperty(IncomingMessage.prototype, 'trailers', { get() { return {}; }, configurable: true });
Object.defineProperty(IncomingMessage.prototype, '__nodescopeName', {
  get() { return this._client ? `req #${this._client}` : 'IncomingMessage'; },
  configurable: true,
});

IncomingMessage.prototype._read = function () {
  this._consuming = true;
};

IncomingMessage.prototype.read = function (n) {
  this._consuming = true;
  return Readable.prototype.read.call(this, n);
};

IncomingMessage.prototype._dump = function () {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

IncomingMessage.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  return this;
};

IncomingMessage.prototype._destroy = function (err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  // An error is emitted only if there are listeners attached to the event (Node keeps this for
  // backward compatibility).
  process.nextTick(() => (this.listenerCount('error') === 0 ? cb() : cb(err)));
};

trackMemory(IncomingMessage.prototype);

// ---- ServerResponse --------------------------------------------------------------------------

function headersSentError() {
  return makeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !/^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/.test(name)) {
    throw makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label} must be a valid HTTP token ["${name}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (/[^\t\x20-\x7e\x80-\xff]/.test(String(value))) {
    throw makeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

function ServerResponse(req, options) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req, options);
  this._client = req && req._client ? req._client : null;
  Reflect.apply(Writable, this, [{ highWaterMark: kSocketHighWaterMark }]);
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.shouldKeepAlive = false;
  this.strictContentLength = false;
  this._headerMap = new Map(); // lower-case name → [name, value]
  this._headerSent = false;
  this.socket = null;
  this._connection = null;
  if (req && req.method === 'HEAD') this._hasBody = false;
  else this._hasBody = true;
}
Object.setPrototypeOf(ServerResponse.prototype, Writable.prototype);
Object.setPrototypeOf(ServerResponse, Writable);

Object.defineProperty(ServerResponse.prototype, '__nodescopeName', {
  get() { return this._client ? `res #${this._client}` : 'ServerResponse'; },
  configurable: true,
});
Object.defineProperty(ServerResponse.prototype, 'headersSent', {
  get() { return this._headerSent; },
  configurable: true,
});
Object.defineProperty(ServerResponse.prototype, 'connection', {
  get() { return this.socket; },
  configurable: true,
});
Object.defineProperty(ServerResponse.prototype, 'finished', {
  get() { return this.writableEnded; },
  configurable: true,
});

ServerResponse.prototype.setHeader = function (name, value) {
  if (this._headerSent) throw headersSentError();
  validateHeaderName(name);
  validateHeaderValue(name, value);
  this._headerMap.set(name.toLowerCase(), [name, value]);
  return this;
};
ServerResponse.prototype.appendHeader = function (name, value) {
  if (this._headerSent) throw headersSentError();
  const key = name.toLowerCase();
  const existing = this._headerMap.get(key);
  if (!existing) return this.setHeader(name, value);
  const list = [].concat(existing[1], value);
  this._headerMap.set(key, [existing[0], list]);
  return this;
};
ServerResponse.prototype.getHeader = function (name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  const entry = this._headerMap.get(name.toLowerCase());
  return entry ? entry[1] : undefined;
};
ServerResponse.prototype.getHeaders = function () {
  const out = Object.create(null);
  for (const [key, [, value]] of this._headerMap) out[key] = value;
  return out;
};
ServerResponse.prototype.getHeaderNames = function () {
  return [...this._headerMap.keys()];
};
ServerResponse.prototype.getRawHeaderNames = function () {
  return [...this._headerMap.values()].map(([name]) => name);
};
ServerResponse.prototype.hasHeader = function (name) {
  return this._headerMap.has(String(name).toLowerCase());
};
ServerResponse.prototype.removeHeader = function (name) {
  if (this._headerSent) throw headersSentError();
  this._headerMap.delete(String(name).toLowerCase());
};
ServerResponse.prototype.flushHeaders = function () {
  this._sendHeaders();
};
ServerResponse.prototype.writeHead = function (statusCode, reason, headers) {
  if (this._headerSent) throw headersSentError();
  const code = statusCode | 0;
  if (code < 100 || code > 999) {
    throw makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${statusCode}`);
  }
  if (typeof reason === 'string') this.statusMessage = reason;
  else {
    headers = reason;
    if (!this.statusMessage) this.statusMessage = STATUS_CODES[code] || 'unknown';
  }
  this.statusCode = code;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    for (const key of Object.keys(headers)) if (headers[key] !== undefined) this.setHeader(key, headers[key]);
  }
  this._sendHeaders();
  return this;
};
ServerResponse.prototype.writeContinue = function (cb) {
  if (cb) process.nextTick(cb);
};
ServerResponse.prototype.writeProcessing = function (cb) {
  if (cb) process.nextTick(cb);
};
ServerResponse.prototype.setTimeout = function (ms, cb) {
  if (cb) this.on('timeout', cb);
  return this;
};
ServerResponse.prototype.assignSocket = function (socket) {
  this.socket = socket;
};
ServerResponse.prototype.detachSocket = function () {
  this.socket = null;
};
ServerResponse.prototype.addTrailers = function () {};

ServerResponse.prototype._sendHeaders = function () {
  if (this._headerSent) return;
  if (!this.statusMessage) this.statusMessage = STATUS_CODES[this.statusCode] || 'unknown';
  this._headerSent = true;
  if (this._client) {
    ns.trace('http.headers', {
      client: this._client, statusCode: this.statusCode,
      note: `The response head (${this.statusCode} ${this.statusMessage}) goes to client ${this._client}; headers can no longer change.`,
    });
  }
};

ServerResponse.prototype.write = function (chunk, encoding, cb) {
  if (chunk === null) throw makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  if (!this.destroyed) this._sendHeaders();
  return Writable.prototype.write.call(this, chunk, encoding, cb);
};

ServerResponse.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (!this.destroyed) this._sendHeaders();
  if (typeof cb === 'function') {
    if (this.writableFinished) process.nextTick(cb);
    else this.once('finish', cb);
  }
  if (chunk != null) return Writable.prototype.end.call(this, chunk, encoding);
  return Writable.prototype.end.call(this);
};

ServerResponse.prototype._write = function (chunk, encoding, cb) {
  cb = afterWrite(this, cb);
  const conn = this._connection;
  if (!conn) {
    process.nextTick(cb);
    return;
  }
  conn.transfer(chunk.length, () => cb());
};

ServerResponse.prototype._final = function (cb) {
  cb();
};

ServerResponse.prototype._destroy = function (err, cb) {
  if (this.socket && !this.socket.destroyed) this.socket.destroy();
  cb(err);
};

trackMemory(ServerResponse.prototype);

// ---- Server ----------------------------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  Reflect.apply(net.Server, this, [{ allowHalfOpen: true }]);
  if (requestListener) this.on('request', requestListener);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this.headersTimeout = 60_000;
  this.keepAliveTimeout = 5_000;
  this.requestTimeout = 300_000;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setTimeout = function (ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};
Server.prototype.closeAllConnections = function () {
  for (const socket of this._open) socket.destroy();
};
Server.prototype.closeIdleConnections = function () {};

Server.prototype._accept = function (conn) {
  const client = conn.client;
  const socket = new net.Socket({ connection: conn });
  this._track(socket);
  this.emit('connection', socket);
  if (socket.destroyed) return;

  const req = new IncomingMessage(socket);
  req.method = client.method;
  req.url = client.path;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  req.httpVersion = '1.1';
  req.rawHeaders = ['Host', `localhost:${this._port}`, 'User-Agent', 'nodescope-client', 'Accept', '*/*', 'Connection', 'close'];
  req.complete = true;
  req.push(null);

  const res = new ServerResponse(req);
  res._connection = conn;
  res.socket = socket;
  res.shouldKeepAlive = false;

  // What Node's server does when the response is done: read what is left of the request, then
  // close the connection ("Connection: close").
  res.on('finish', () => {
    if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
    socket.destroySoon();
  });
  // The client hangs up: the socket closes under the response.
  conn.onHangup = () => {
    if (!req.destroyed && !req.readableEnded) req.destroy(connResetException('aborted'));
    if (!res.destroyed) res.destroy();
    if (!socket.destroyed) socket.destroy();
  };

  ns.trace('http.request', {
    client: client.index, method: client.method, url: client.path,
    note: `The server emits 'request' for client ${client.index} (${client.method} ${client.path}): the handler runs with req and res.`,
  });
  this.emit('request', req, res);
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function notSimulated(what) {
  return function () {
    throw makeError(Error, 'ERR_NODESCOPE_UNSUPPORTED',
      `${what} is not simulated: nodescope models an HTTP server and its clients (Options.model.clients), not outgoing requests.`);
  };
}

function Agent(options) {
  this.options = Object.assign({}, options);
  this.keepAlive = !!this.options.keepAlive;
  this.maxSockets = this.options.maxSockets || Infinity;
  this.sockets = {};
  this.requests = {};
  this.freeSockets = {};
}
Agent.prototype.destroy = function () {};

module.exports = {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest: notSimulated('http.ClientRequest'),
  IncomingMessage,
  OutgoingMessage: Writable,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get: notSimulated('http.get()'),
  request: notSimulated('http.request()'),
  setMaxIdleHTTPParsers() {},
  maxHeaderSize: 16384,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
};
