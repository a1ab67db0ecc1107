'use strict';
// nodescope: a simulated `net` for servers. There is no real network: the clients that connect
// to a listening server come from the run's modelled world (`Options.model.clients`; by
// default one client at 0 ms reading at 10 MB/s). Each client connects `at_ms` after the
// server starts listening, sends its request, and receives what the server writes at its
// `bandwidth` (bytes per second): a write completes when the client has received it (an I/O
// completion in the poll phase, like a socket write draining). A client with
// `disconnect_after_bytes` hangs up once it has received that many bytes, mid-write if need be.
//
// Nothing keeps the process alive but pending I/O: once every client has come and gone, a
// simulated server no longer holds the loop open (a real one would listen forever).
//
// Trace events: net.connect { client, method, path, bandwidth }, net.transfer { client, bytes,
// total } when a write has reached the client, net.hangup { client, total } when a client
// disconnects mid-transfer, net.close { client } when a connection is over.

const EE = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { trackMemory, afterWrite } = require('internal_fs_streams');

/* global internals */
const ns = internals.ns;
const { makeError, process } = internals;

const DEFAULT_BANDWIDTH = 10_000_000;

function modelClients() {
  const m = (ns.model && ns.model()) || {};
  const list = Array.isArray(m.clients) ? m.clients : [{}];
  return list.map((c, i) => ({
    index: i + 1,
    atMs: c.at_ms > 0 ? c.at_ms : 0,
    method: typeof c.method === 'string' && c.method ? c.method : 'GET',
    path: typeof c.path === 'string' && c.path ? c.path : '/',
    bandwidth: c.bandwidth > 0 ? c.bandwidth : DEFAULT_BANDWIDTH,
    disconnectAfter: typeof c.disconnect_after_bytes === 'number' && c.disconnect_after_bytes >= 0 ? c.disconnect_after_bytes : null,
  }));
}

function formatBytes(n) {
  const short = (x) => x.toFixed(1).replace(/\.0$/, '');
  if (n >= 1024 * 1024) return `${short(n / 1024 / 1024)} MiB`;
  if (n >= 1024) return `${short(n / 1024)} KiB`;
  return `${n} bytes`;
}

function formatRate(bps) {
  if (bps >= 1e6) return `${+(bps / 1e6).toFixed(2)} MB/s`;
  if (bps >= 1e3) return `${+(bps / 1e3).toFixed(2)} kB/s`;
  return `${bps} B/s`;
}

/**
 * One simulated client's connection: delivers bytes at the client's bandwidth and hangs up
 * when the client does.
 */
class Connection {
  constructor(client, port) {
    this.client = client;
    this.port = port;
    this.total = 0; // bytes the client has received
    this.closed = false;
    this.onHangup = null; // set by the socket's owner
  }

  /** Sends `n` bytes; `done()` runs in the poll phase once the client has them. */
  transfer(n, done) {
    if (this.closed) {
      process.nextTick(done);
      return;
    }
    const c = this.client;
    const limit = c.disconnectAfter;
    const hangsUp = limit !== null && this.total + n >= limit && n > 0;
    const bytes = hangsUp ? Math.max(0, limit - this.total) : n;
    const delayNs = Math.round((bytes / c.bandwidth) * 1e9);
    const label = hangsUp ? `client ${c.index} hangs up` : `send ${formatBytes(n)} to client ${c.index}`;
    ns.ioSchedule(delayNs, label, () => {
      if (this.closed) return done();
      this.total += bytes;
      if (hangsUp) {
        this.hangup();
        done();
        return;
      }
      ns.trace('net.transfer', {
        client: c.index, bytes, total: this.total,
        note: `Client ${c.index} has received ${formatBytes(bytes)} more (${formatBytes(this.total)} in all, at ${formatRate(c.bandwidth)}): the write is complete.`,
      });
      done();
    }, true);
  }

  hangup() {
    if (this.closed) return;
    this.closed = true;
    ns.trace('net.hangup', {
      client: this.client.index, total: this.total,
      note: `Client ${this.client.index} disconnects after receiving ${formatBytes(this.total)}: its socket closes mid-transfer.`,
    });
    if (this.onHangup) this.onHangup();
  }

  /** The server is done with the connection. */
  end() {
    if (this.closed) return;
    this.closed = true;
    ns.trace('net.close', {
      client: this.client.index, total: this.total,
      note: `The connection to client ${this.client.index} is closed after ${formatBytes(this.total)}.`,
    });
  }
}

// ---- Socket ----------------------------------------------------------------------------------

/** The server's side of a simulated connection, as a Duplex (Node's net.Socket). */
function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  options = Object.assign({ allowHalfOpen: false }, options);
  this.connecting = false;
  this._connection = options.connection || null;
  this._hadError = false;
  this.bytesRead = 0;
  this._bytesWritten = 0;
  Reflect.apply(Duplex, this, [options]);
  const conn = this._connection;
  if (conn) {
    this.remoteAddress = '127.0.0.1';
    this.remoteFamily = 'IPv4';
    this.remotePort = 50000 + conn.client.index;
    this.localAddress = '127.0.0.1';
    this.localPort = conn.port;
    conn.onHangup = () => this.destroy();
  }
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, '__nodescopeName', {
  get() { return this._connection ? `socket #${this._connection.client.index}` : 'Socket'; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get() { return this._bytesWritten; },
  configurable: true,
});
Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true,
});
Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._connection || this.connecting; },
  configurable: true,
});

Socket.prototype._read = function () {};

Socket.prototype._write = function (chunk, encoding, cb) {
  cb = afterWrite(this, cb);
  if (!this._connection) {
    cb(makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  this._connection.transfer(chunk.length, () => {
    this._bytesWritten += chunk.length;
    cb();
  });
};

Socket.prototype._final = function (cb) {
  if (this._connection) this._connection.end();
  cb();
};

Socket.prototype._destroy = function (err, cb) {
  if (this._connection && !this._connection.closed) this._connection.end();
  cb(err);
};

Socket.prototype.address = function () {
  return { address: '127.0.0.1', family: 'IPv4', port: this.localPort };
};
Socket.prototype.setNoDelay = function () { return this; };
Socket.prototype.setKeepAlive = function () { return this; };
Socket.prototype.setTimeout = function (ms, cb) {
  if (cb) this.once('timeout', cb);
  return this;
};
Socket.prototype.ref = function () { return this; };
Socket.prototype.unref = function () { return this; };
Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};
Socket.prototype.resetAndDestroy = function () { return this.destroy(); };

trackMemory(Socket.prototype);

// ---- Server ----------------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EE.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._connections = 0;
  this._port = null;
  this._listening = false;
  this._closing = false;
  this._open = new Set();
  this.maxConnections = undefined;
}
Object.setPrototypeOf(Server.prototype, EE.prototype);
Object.setPrototypeOf(Server, EE);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return this._listening; },
  configurable: true,
  enumerable: true,
});

function normalizeListenArgs(args) {
  let cb;
  if (typeof args[args.length - 1] === 'function') cb = args.pop();
  let port = args[0];
  if (port !== null && typeof port === 'object') port = port.port;
  if (port === undefined || port === null) port = 0;
  if (typeof port === 'string' && /^\d+$/.test(port)) port = Number(port);
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw makeError(RangeError, 'ERR_SOCKET_BAD_PORT', `options.port should be >= 0 and < 65536. Received ${typeof port === 'string' ? `type string ('${port}')` : `type ${typeof port} (${String(port)})`}.`);
  }
  return { port, cb };
}

let nextEphemeralPort = 40001;

Server.prototype.listen = function (...args) {
  const { port, cb } = normalizeListenArgs(args);
  if (this._listening) throw makeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  this._port = port || nextEphemeralPort++;
  this._listening = true;
  this._closing = false;
  const clients = modelClients();
  ns.trace('net.listen', {
    port: this._port, clients: clients.length,
    note: `The server listens on port ${this._port}; ${clients.length} simulated client${clients.length === 1 ? '' : 's'} will connect (nodescope models the network).`,
  });
  process.nextTick(() => this.emit('listening'));
  for (const client of clients) {
    ns.ioSchedule(Math.round(client.atMs * 1e6), `client ${client.index} connects`, () => {
      if (!this._listening) return;
      const conn = new Connection(client, this._port);
      ns.trace('net.connect', {
        client: client.index, method: client.method, path: client.path, bandwidth: client.bandwidth,
        disconnectAfterBytes: client.disconnectAfter,
        note: `Client ${client.index} connects and sends ${client.method} ${client.path}; it reads at ${formatRate(client.bandwidth)}` +
          (client.disconnectAfter !== null ? ` and will hang up after ${formatBytes(client.disconnectAfter)}.` : '.'),
      });
      this._accept(conn);
    }, true);
  }
  return this;
};

/** A connection arrives: net emits 'connection' with a Socket (http overrides this). */
Server.prototype._accept = function (conn) {
  const socket = new Socket({ connection: conn });
  this._track(socket);
  this.emit('connection', socket);
  const c = conn.client;
  const request = Buffer.from(`${c.method} ${c.path} HTTP/1.1\r\nHost: localhost:${this._port}\r\nConnection: close\r\n\r\n`);
  socket.bytesRead += request.length;
  socket.push(request);
};

Server.prototype._track = function (socket) {
  this._connections++;
  this._open.add(socket);
  socket.once('close', () => {
    this._connections--;
    this._open.delete(socket);
    if (this._closing && this._connections === 0) this._emitClose();
  });
};

Server.prototype._emitClose = function () {
  process.nextTick(() => this.emit('close'));
};

Server.prototype.address = function () {
  if (!this._listening) return null;
  return { address: '::', family: 'IPv6', port: this._port };
};

Server.prototype.close = function (cb) {
  if (typeof cb === 'function') {
    if (!this._listening) {
      this.once('close', () => cb(makeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
    } else {
      this.once('close', cb);
    }
  }
  if (this._listening) {
    this._listening = false;
    this._closing = true;
    if (this._connections === 0) this._emitClose();
  } else {
    process.nextTick(() => this.emit('close'));
  }
  return this;
};

Server.prototype.getConnections = function (cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};
Server.prototype.ref = function () { return this; };
Server.prototype.unref = function () { return this; };

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function unsupported(what) {
  return function () {
    throw makeError(Error, 'ERR_NODESCOPE_UNSUPPORTED',
      `${what} is not simulated: nodescope models incoming connections only (its clients come from the run's model).`);
  };
}

function isIPv4(s) {
  return typeof s === 'string' && /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
}
function isIPv6(s) {
  return typeof s === 'string' && s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s);
}

module.exports = {
  Server,
  Socket,
  Stream: Socket,
  createServer,
  connect: unsupported('net.connect()'),
  createConnection: unsupported('net.createConnection()'),
  isIP: (s) => (isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0),
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily: () => true,
  setDefaultAutoSelectFamily() {},
  getDefaultAutoSelectFamilyAttemptTimeout: () => 250,
  setDefaultAutoSelectFamilyAttemptTimeout() {},
  // Shared with http.
  _Connection: Connection,
  _formatBytes: formatBytes,
};
