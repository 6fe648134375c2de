/**
 * Adding an attachment to an item (Art. 16.2, 17.3): only the provider, while the item is not
 * withdrawn. The size limit comes from configuration (INFORMATION_ATTACHMENT_MAX_BYTES → 413), the
 * number per item is bounded (MAX_ATTACHMENTS_PER_ITEM → 409); the
 * media type is detected from the content's magic bytes, never from the file name (→ 415). File
 * name and content are sealed with the item's own key (issue 6 §5: removing the item shreds them
 * with it); the write commits with its log entries.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { encrypt } from '../../platform/crypto/aead.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { openItemKey } from '../../platform/crypto/item-keys.js';
import { ProblemError } from '../../platform/http/problem.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { placeOf, seal } from '../cases/sealing.js';
import { visibleItem } from './access.js';
import { checkProvider } from './policy.js';
import { itemEntries, subjectsByPerson } from './processing.js';
import { allowedMediaTypes, detectMediaType } from './rules/media-type.js';

export interface AttachmentInput {
  filename: string;
  content: string;
}

/**
 * Attachments per item at most: the item's detail opens every file name, so an item's page must
 * stay bounded; a party with more to share provides another item.
 */
export const MAX_ATTACHMENTS_PER_ITEM = 20;

/** The body limit of the upload route: base64 of the largest allowed file plus room for the JSON. */
export const uploadBodyLimit = (maxBytes: number) => Math.ceil(maxBytes / 3) * 4 + 16 * 1024;

export async function addAttachment(
  ctx: CaseContext,
  p: Principal,
  itemId: string,
  input: AttachmentInput,
  maxBytes: number,
  trace: TraceContext,
) {
  const content = Buffer.from(input.content, 'base64');
  return ctx.db.transaction().execute(async (trx) => {
    const v = await visibleItem(trx, p, itemId, nowUtc());
    const refusal = checkProvider(p, v.item, v.view);
    if (refusal) throw refusal;
    if (content.length > maxBytes)
      throw new ProblemError('payload-too-large', `een bijlage is ten hoogste ${maxBytes} bytes`);
    const { n } = await trx
      .selectFrom('information_attachments')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('item_id', '=', itemId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= MAX_ATTACHMENTS_PER_ITEM)
      throw new ProblemError(
        'conflict',
        `een informatie-item heeft ten hoogste ${MAX_ATTACHMENTS_PER_ITEM} bijlagen; verstrek de rest in een nieuw item`,
      );
    const mediaType = detectMediaType(content);
    if (mediaType === null)
      throw new ProblemError(
        'unsupported-media-type',
        `de inhoud is geen toegestaan type (${allowedMediaTypes.join(', ')}); de bestandsnaam telt niet`,
      );
    const key = await openCaseKey(trx, ctx.masterKey, v.item.case_id);
    const itemKey = await openItemKey(trx, key, v.item.case_id, itemId);
    const id = newId();
    await trx
      .insertInto('information_attachments')
      .values({
        id,
        item_id: itemId,
        case_id: v.item.case_id,
        filename_enc: seal(itemKey, 'information_attachments', 'filename', id, input.filename),
        media_type: mediaType,
        size: content.length,
        content_enc: encrypt(itemKey, content, placeOf('information_attachments', 'content', id)),
        created_at: nowUtc(),
      })
      .execute();
    const subjects = await subjectsByPerson(trx, ctx, key, v.item.case_id);
    const spec = {
      name: 'information-item.attachment.create',
      operation: 'create' as const,
      caseId: v.item.case_id,
      caseStatus: v.loaded.row.status,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await itemEntries(trx, spec, subjects, [v.item]));
    return { id, filename: input.filename, mediaType, size: content.length };
  });
}
