// Chained fs callbacks (one after another) vs parallel requests: the counts and the order
// in which the chain steps run is fixed.
const fs = require('fs');
const steps = [];
fs.stat(__filename, () => {
  steps.push('stat');
  fs.readFile(__filename, () => {
    steps.push('readFile');
    fs.access(__filename, () => {
      steps.push('access');
      console.log(steps.join(' -> '));
    });
  });
});
