import Aura from '@primeuix/themes/aura'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import { createApp } from 'vue'

import App from './App.vue'
import { createAppRouter } from './router/index.js'
import './styles.css'

const app = createApp(App)

app.use(createPinia())
app.use(createAppRouter())
app.use(PrimeVue, { theme: { preset: Aura, options: { darkModeSelector: false } } })
app.use(ConfirmationService)

app.mount('#app')
