import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

import rootConfig from '../../eslint.config.js'

// ESLint reads the config nearest to each file, so this one extends the repository's rules
// with the Vue rules for the single-file components of the SPA. The essential set leaves
// layout to Prettier.
export default tseslint.config(...rootConfig, ...pluginVue.configs['flat/essential'], {
  files: ['**/*.vue'],
  languageOptions: { parserOptions: { parser: tseslint.parser } },
  // vue-tsc checks names in components, and no-undef recognises neither DOM nor TypeScript types.
  rules: { 'no-undef': 'off' },
})
