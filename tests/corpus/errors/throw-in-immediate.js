// An uncaught throw in an immediate stops the remaining immediates of the same check phase.
setImmediate(() => console.log('immediate 1'));
setImmediate(() => { throw new RangeError('out of range'); });
setImmediate(() => console.log('immediate 3 (must not print)'));
