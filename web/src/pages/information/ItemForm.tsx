/**
 * Providing information in a case (Art. 15.1, 16.2): title, content, legal regime, the persons
 * concerned, the provider's conditions and attachments. Checked in the browser first (required
 * fields, named parties, expiry, file type, and size against the server's configured limit); the
 * item is created, then each attachment uploaded. A file the server refuses (413, 415) is reported
 * at the file field with the item's link, because the item itself already exists.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../api/cases';
import { fileToBase64 } from '../../api/informationFiles';
import { addAttachment, createItem, INFORMATION_KEY } from '../../api/informationItemCalls';
import type { Regime } from '../../api/informationItems';
import { useAttachmentMaxBytes } from '../../api/informationSettings';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { todayLocal } from '../cases/format';
import { useFlowForm } from '../cases/sections/flowForm';
import { TextAreaField } from '../cases/TextAreaField';
import { AttachmentsField } from './AttachmentsField';
import { ConditionsFields } from './ConditionsFields';
import { type ConditionsState, conditionProblems, EMPTY_CONDITIONS, toConditionsInput } from './conditions';
import { fileProblemMessage, uploadRefusalMessage } from './fileMessages';
import { fileProblems } from './files';
import { RegimeChoice } from './RegimeChoice';

const FIELDS = ['title', 'body', 'regime', 'personIds', 'visibility', 'namedPartyIds', 'expiresAt', 'files'];

interface Props {
  value: Case;
  house: boolean;
  onCreated: (message: string) => Promise<void>;
  onStale: () => Promise<void>;
}

export function ItemForm({ value: c, house, onCreated, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFlowForm('item', onStale);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [regime, setRegime] = useState<Regime | ''>('');
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [conditions, setConditions] = useState<ConditionsState>(EMPTY_CONDITIONS);
  const [files, setFiles] = useState<File[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const [refused, setRefused] = useState<{ itemId: string; messages: string[] } | null>(null);
  const maxBytes = useAttachmentMaxBytes();
  const language = i18n.resolvedLanguage;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefused(null);
    const cond = conditionProblems(conditions, todayLocal());
    const badFile = fileProblems(files, maxBytes)[0];
    const checks = {
      title: !title.trim() && t('cases.information.form.errors.title'),
      body: !body.trim() && t('cases.information.form.errors.body'),
      regime: !regime && t('cases.information.form.errors.regime'),
      visibility: cond.visibility && t(`cases.information.form.errors.${cond.visibility}`),
      namedPartyIds: cond.namedPartyIds && t(`cases.information.form.errors.${cond.namedPartyIds}`),
      expiresAt: cond.expiresAt && t(`cases.information.form.errors.${cond.expiresAt}`),
      files: badFile && fileProblemMessage(t, badFile, maxBytes, language),
    };
    const result: { created?: { id: string; messages: string[] } } = {};
    const ok = await form.submit(checks, FIELDS, async () => {
      const ref = await createItem(c.id, {
        title: title.trim(),
        body: body.trim(),
        regime: regime || 'gewoon',
        personIds,
        ...toConditionsInput(conditions),
      });
      const messages: string[] = [];
      for (const file of files) {
        try {
          await addAttachment(ref.id, file.name, await fileToBase64(file));
        } catch (error) {
          messages.push(uploadRefusalMessage(t, file.name, error, language));
        }
      }
      result.created = { id: ref.id, messages };
    });
    if (!ok || !result.created) return;
    const { id, messages } = result.created;
    setTitle('');
    setBody('');
    setRegime('');
    setPersonIds([]);
    setConditions(EMPTY_CONDITIONS);
    setFiles([]);
    setInputKey((k) => k + 1);
    await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
    if (messages.length > 0) setRefused({ itemId: id, messages });
    await onCreated(
      messages.length > 0
        ? t('cases.information.form.submittedWithout')
        : t('cases.information.form.submitted'),
    );
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form"
      aria-labelledby="item-form-heading"
    >
      <Heading level={3} id="item-form-heading">
        {t('cases.information.form.heading')}
      </Heading>
      <Paragraph>
        {house ? t('cases.information.form.introHouse') : t('cases.information.form.introParty')}
      </Paragraph>
      {refused && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.information.form.submittedWithout')}</Paragraph>
          <ul>
            {refused.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          <Paragraph>
            <RouterLink to={`/casussen/${c.id}/informatie/${refused.itemId}`}>
              {t('cases.information.open')}
            </RouterLink>
          </Paragraph>
        </Alert>
      )}
      <FormErrorSummary
        heading={t('cases.information.form.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <TextField
        id={form.idOf('title')}
        label={t('cases.information.form.title')}
        description={t('cases.information.form.titleDescription')}
        required
        value={title}
        error={form.error('title')}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('body')}
        label={t('cases.information.form.body')}
        required
        rows={6}
        value={body}
        error={form.error('body')}
        onChange={(e) => setBody(e.target.value)}
      />
      <RegimeChoice
        firstId={form.idOf('regime')}
        error={form.error('regime')}
        value={regime}
        onChange={setRegime}
      />
      {c.persons.length > 1 && (
        <ChoiceGroup
          type="checkbox"
          legend={t('cases.information.form.persons')}
          description={t('cases.information.form.personsDescription')}
          firstId={form.idOf('personIds')}
          error={form.error('personIds')}
          options={c.persons.map((p) => ({ value: p.id, label: p.name }))}
          value={personIds}
          onChange={setPersonIds}
        />
      )}
      <ConditionsFields prefix="item" value={conditions} onChange={setConditions} error={form.error} />
      <AttachmentsField
        id={form.idOf('files')}
        label={t('cases.information.form.attachments')}
        multiple
        maxBytes={maxBytes}
        error={form.error('files')}
        onChange={setFiles}
        inputKey={inputKey}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.information.form.submit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
