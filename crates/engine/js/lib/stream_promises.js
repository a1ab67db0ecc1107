'use strict';
// nodescope: Node v20's `stream/promises` (pipeline and finished returning promises).

const Stream = require('stream');

const { pipelineImpl, finishedPromise, isNodeStream, isIterable } =
  Stream[Symbol.for('nodescope.stream.internals')];

function isWebStream(obj) {
  return !!(obj && typeof obj === 'object' &&
    (typeof obj.getReader === 'function' || typeof obj.getWriter === 'function' ||
     (obj.readable && obj.writable && typeof obj.readable.getReader === 'function')));
}

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) && !isIterable(lastArg) && !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

module.exports = {
  finished: finishedPromise,
  pipeline,
};
