import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import { createApp } from 'vue'

import App from './App.vue'
import { createAppRouter } from './router/index.js'
import './styles.css'
import { theme } from './theme.js'

const app = createApp(App)

app.use(createPinia())
app.use(createAppRouter())
app.use(PrimeVue, { theme: { preset: theme, options: { darkModeSelector: false } } })
app.use(ConfirmationService)

app.mount('#app')
