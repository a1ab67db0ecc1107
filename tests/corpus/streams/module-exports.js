// The shape of the stream module.
const stream = require('stream');
const EventEmitter = require('events');

console.log(typeof stream, stream === stream.Stream, Object.getPrototypeOf(stream.prototype) === EventEmitter.prototype);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'addAbortSignal',
  'destroy', 'isReadable', 'isErrored', 'isDisturbed', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'promises', 'Stream']) {
  console.log(k, typeof stream[k]);
}
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
const p = new PassThrough();
console.log('PassThrough is', [Transform, Duplex, Readable, Writable, stream, EventEmitter].map((C) => p instanceof C).join(','));
const w = new Writable();
console.log('Writable is', [Readable, Duplex, stream, EventEmitter].map((C) => w instanceof C).join(','));
const r = Readable();
console.log('call without new', r instanceof Readable, Writable() instanceof Writable, Duplex() instanceof Duplex, Transform() instanceof Transform, PassThrough() instanceof PassThrough);
console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
console.log('hwm', r.readableHighWaterMark, w.writableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
stream.setDefaultHighWaterMark(false, 1000);
console.log('after set', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark, stream.getDefaultHighWaterMark(false));
stream.setDefaultHighWaterMark(false, 16384);
console.log('state classes', typeof Readable.ReadableState, typeof Writable.WritableState);
console.log('initial readable props', r.readable, r.readableFlowing, r.readableLength, r.readableEnded, r.readableObjectMode, r.readableEncoding, r.destroyed, r.closed, r.errored, r.readableAborted, r.readableDidRead);
console.log('initial writable props', w.writable, w.writableLength, w.writableEnded, w.writableFinished, w.writableCorked, w.writableNeedDrain, w.writableObjectMode, w.destroyed, w.closed, w.errored, w.writableAborted);
console.log('eventNames', r.eventNames(), w.eventNames(), p.eventNames());
class MyStream extends Readable {
  _read() {}
}
const m = new MyStream();
console.log('subclass', m instanceof Readable, m.constructor.name);
const legacy = new stream.Stream();
console.log('legacy stream has pipe', typeof legacy.pipe, legacy instanceof EventEmitter);
