// Stands in for react-devtools-core in the bundle (see scripts/bundle.mjs): Ink imports it only
// when DEV=true, which lede does not support.
export default {
  initialize() {
    throw new Error('React devtools are not part of lede');
  },
  connectToDevTools() {
    throw new Error('React devtools are not part of lede');
  },
};
