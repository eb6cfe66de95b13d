import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wired in data/ by the foundation work
});
