/**
 * The notifications module (issue 5 §10): notify() for other modules to call inside their
 * transaction, the routes for the caller's own notifications and e-mail opt-in, and the SMTP
 * dispatcher that src/server.ts starts.
 */
export { type NotificationInput, notify } from './notify.js';
export { notificationRoutes } from './routes.js';
export { scheduleMail } from './smtp.js';
