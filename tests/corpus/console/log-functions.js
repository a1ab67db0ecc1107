// Functions print as [Function: name], with variants for async, generators and anonymous ones.
function named() {}
const arrow = () => {};
const anon = [function () {}][0];
async function asyncFn() {}
function* gen() {}
async function* asyncGen() {}
console.log(named, arrow, anon);
console.log(asyncFn, async () => {}, gen, asyncGen);
console.log(named.bind(null));
console.log({ method() {}, arrow: () => 1, named });
const withProps = function withProps() {};
withProps.version = 2;
console.log(withProps);
console.log([Math.max, parseInt]);
