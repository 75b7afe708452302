import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'

/**
 * PrimeVue's Aura theme with darker primary, danger and error colours. Aura's
 * emerald 500 and red 500 put white or coloured text below the WCAG AA
 * contrast ratio of 4.5:1, which axe-core flags on buttons, tabs and messages.
 */
export const theme = definePreset(Aura, {
  semantic: {
    primary: {
      50: '{indigo.50}',
      100: '{indigo.100}',
      200: '{indigo.200}',
      300: '{indigo.300}',
      400: '{indigo.400}',
      500: '{indigo.500}',
      600: '{indigo.600}',
      700: '{indigo.700}',
      800: '{indigo.800}',
      900: '{indigo.900}',
      950: '{indigo.950}',
    },
    colorScheme: {
      light: {
        primary: {
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
        },
      },
    },
  },
  components: {
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
            },
          },
          outlined: { danger: { color: '{red.700}', borderColor: '{red.300}' } },
        },
      },
    },
    message: {
      colorScheme: {
        light: {
          error: { color: '{red.800}' },
          success: { color: '{green.800}' },
          warn: { color: '{yellow.900}' },
        },
      },
    },
  },
})
