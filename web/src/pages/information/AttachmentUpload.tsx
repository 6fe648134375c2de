/**
 * Adding an attachment to an item the caller's party provided (Art. 16.2, 17.3). The size (against
 * the server's configured limit, informationSettings.ts) and the extension are checked in the
 * browser; the server's refusals — too large (413, with its
 * configured limit) or not an allowed type by content (415) — are shown at the file field.
 */
import { Button, ButtonGroup, Heading } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToBase64 } from '../../api/informationFiles';
import { addAttachment } from '../../api/informationItemCalls';
import { useAttachmentMaxBytes } from '../../api/informationSettings';
import { apiErrorReference } from '../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { AttachmentsField } from './AttachmentsField';
import { fileProblemMessage, uploadRefusalMessage } from './fileMessages';
import { fileProblems } from './files';

export function AttachmentUpload({
  itemId,
  onAdded,
}: {
  itemId: string;
  onAdded: (m: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const fieldId = `attachment-${itemId}-file`;
  const maxBytes = useAttachmentMaxBytes();
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const fail = (message: string, ref?: string) => {
    setError(message);
    setSummary([{ message, fieldId }]);
    setReference(ref);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = files[0];
    if (!file) return fail(t('cases.information.item.chooseFile'));
    const problem = fileProblems([file], maxBytes)[0];
    if (problem) return fail(fileProblemMessage(t, problem, maxBytes, language));
    setBusy(true);
    try {
      await addAttachment(itemId, file.name, await fileToBase64(file));
      setError(undefined);
      setSummary([]);
      setReference(undefined);
      setFiles([]);
      setInputKey((k) => k + 1);
      await onAdded(t('cases.information.item.attachmentAdded'));
    } catch (caught) {
      fail(uploadRefusalMessage(t, file.name, caught, language), apiErrorReference(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="attachment-form-heading"
    >
      <Heading level={3} id="attachment-form-heading">
        {t('cases.information.item.addAttachment')}
      </Heading>
      <FormErrorSummary
        heading={t('cases.information.form.errorHeading')}
        headingLevel={3}
        errors={summary}
        footnote={reference}
      />
      <AttachmentsField
        id={fieldId}
        label={t('cases.information.item.file')}
        maxBytes={maxBytes}
        error={error}
        onChange={setFiles}
        inputKey={inputKey}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" busy={busy}>
          {t('cases.information.item.addAttachmentSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
