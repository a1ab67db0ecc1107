// AggregateError has an errors array; Error cause is preserved.
const agg = new AggregateError([new Error('a'), new TypeError('b')], 'many');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1].name);
const withCause = new Error('outer', { cause: 'inner reason' });
console.log(withCause.cause, 'cause' in new Error('no cause'));
