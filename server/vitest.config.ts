import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // The process tests spawn the built server a few times; generous, but failures stay quick.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
