// Promise.all of already-resolved promises settles a couple of turns after a direct then.
const ps = [Promise.resolve(1), Promise.resolve(2)];
Promise.all(ps).then(() => console.log('all settled'));
ps[0].then(() => console.log('turn 1'))
  .then(() => console.log('turn 2'))
  .then(() => console.log('turn 3'))
  .then(() => console.log('turn 4'));
