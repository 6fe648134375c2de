/**
 * Requesting disclosure of items to a third party (Art. 9.2): the items (only live ones can be
 * disclosed; more of the case's pages on request), the recipient, the purpose and the legal basis. On success the new request's page
 * opens, where each providing party's decision is followed.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { requestDisclosure } from '../../api/informationDisclosures';
import { INFORMATION_KEY } from '../../api/informationItemCalls';
import type { ItemSummary } from '../../api/informationItems';
import { FormErrorSummary } from '../../layout/FormErrorSummary';
import { TextField } from '../../layout/TextField';
import { ChoiceGroup } from '../cases/ChoiceGroup';
import { useFlowForm } from '../cases/sections/flowForm';
import { TextAreaField } from '../cases/TextAreaField';

const FIELDS = ['itemIds', 'recipient', 'purpose', 'legalBasis'];

/** The case's item list is paged: more items to choose from, loaded on request. */
export interface MoreItems {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

interface Props {
  caseId: string;
  items: readonly ItemSummary[];
  more?: MoreItems;
  onCancel: () => void;
  onStale: () => Promise<void>;
}

export function DisclosureForm({ caseId, items, more, onCancel, onStale }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFlowForm('disclosure', onStale);
  const [itemIds, setItemIds] = useState<string[]>([]);
  const [recipient, setRecipient] = useState('');
  const [purpose, setPurpose] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checks = {
      itemIds: itemIds.length === 0 && t('cases.information.disclosure.form.errors.items'),
      recipient: !recipient.trim() && t('cases.information.disclosure.form.errors.recipient'),
      purpose: !purpose.trim() && t('cases.information.disclosure.form.errors.purpose'),
      legalBasis: !legalBasis.trim() && t('cases.information.disclosure.form.errors.legalBasis'),
    };
    const result: { id?: string } = {};
    const ok = await form.submit(checks, FIELDS, async () => {
      const d = await requestDisclosure(caseId, {
        itemIds,
        recipient: recipient.trim(),
        purpose: purpose.trim(),
        legalBasis: legalBasis.trim(),
      });
      result.id = d.id;
    });
    if (!ok || !result.id) return;
    await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
    navigate(`/casussen/${caseId}/verstrekkingen/${result.id}`, {
      state: { notice: t('cases.information.disclosure.form.requested') },
    });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby="disclosure-form-heading"
    >
      <Heading level={3} id="disclosure-form-heading" ref={headingRef} tabIndex={-1}>
        {t('cases.information.disclosure.form.heading')}
      </Heading>
      <Paragraph>{t('cases.information.disclosure.form.intro')}</Paragraph>
      <FormErrorSummary
        heading={t('cases.information.form.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      <ChoiceGroup
        type="checkbox"
        legend={t('cases.information.disclosure.form.items')}
        description={t('cases.information.disclosure.form.itemsDescription')}
        firstId={form.idOf('itemIds')}
        error={form.error('itemIds')}
        options={items.map((i) => ({ value: i.id, label: i.title }))}
        value={itemIds}
        onChange={setItemIds}
      />
      {more?.hasMore && (
        <ButtonGroup>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={more.loading}
            onClick={more.onLoad}
          >
            {t('cases.information.loadMore')}
          </Button>
        </ButtonGroup>
      )}
      <TextField
        id={form.idOf('recipient')}
        label={t('cases.information.disclosure.form.recipient')}
        description={t('cases.information.disclosure.form.recipientDescription')}
        required
        value={recipient}
        error={form.error('recipient')}
        onChange={(e) => setRecipient(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('purpose')}
        label={t('cases.information.disclosure.form.purpose')}
        description={t('cases.information.disclosure.form.purposeDescription')}
        required
        value={purpose}
        error={form.error('purpose')}
        onChange={(e) => setPurpose(e.target.value)}
      />
      <TextAreaField
        id={form.idOf('legalBasis')}
        label={t('cases.information.disclosure.form.legalBasis')}
        description={t('cases.information.disclosure.form.legalBasisDescription')}
        required
        rows={2}
        value={legalBasis}
        error={form.error('legalBasis')}
        onChange={(e) => setLegalBasis(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {t('cases.information.disclosure.form.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.information.disclosure.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
