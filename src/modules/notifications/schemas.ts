/**
 * Request and response schemas of notifications (issue 5 §10). A notification carries no personal
 * data: a kind the UI translates, the case number and an in-app link.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../../platform/http/pagination.js';

export const notificationSchema = z
  .strictObject({
    id: z.uuid(),
    kind: z.string().describe('Soort melding, bv. case.submitted; de interface vertaalt hem'),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
    link: z
      .string()
      .nullable()
      .describe('Pad in de app waar de taak staat; leeg als de gebruiker de casus niet meer kan openen'),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = z
  .strictObject({
    items: z.array(notificationSchema),
    unreadCount: z.number().int().min(0),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'NotificationPage', description: 'Ongelezen eerst, daarna nieuwste eerst' });

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z.enum(['true', 'false']).optional().describe('true: alleen ongelezen'),
});

export const markAllReadSchema = z.strictObject({ updated: z.number().int().min(0) }).meta({
  id: 'NotificationsMarkedRead',
});

export const notificationSettingsSchema = z
  .strictObject({
    emailOptIn: z.boolean().describe('Ook een e-mail (zonder persoonsgegevens) bij een nieuwe melding'),
    emailAvailable: z.boolean().describe('Of deze installatie e-mail verstuurt (SMTP ingesteld)'),
  })
  .meta({ id: 'NotificationSettings' });

export const notificationSettingsUpdateSchema = z
  .strictObject({ emailOptIn: z.boolean() })
  .meta({ id: 'NotificationSettingsUpdate' });

export const idParamsSchema = z.strictObject({ id: z.uuid() });
